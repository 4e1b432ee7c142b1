import { defineMailModels } from "@mail/../tests/mail_test_helpers";
import { describe, expect, test } from "@odoo/hoot";
import { queryAllTexts } from "@odoo/hoot-dom";
import {
    contains,
    defineModels,
    fields,
    getService,
    models,
    mountWithCleanup,
    onRpc,
} from "@web/../tests/web_test_helpers";
import { WebClient } from "@web/webclient/webclient";
import { cellKey, groupByCell, stanceShift } from "@community_work/power_map/power_map";

describe.current.tags("desktop");

class CommunityCoalition extends models.Model {
    _name = "community.coalition";
    name = fields.Char();
    _records = [
        { id: 1, name: "Youth Coalition" },
        { id: 2, name: "Housing Alliance" },
    ];
}

class CommunityPowerTarget extends models.Model {
    _name = "community.power.target";
    coalition_id = fields.Many2one({ relation: "community.coalition" });
    partner_name = fields.Char();
    partner_function = fields.Char();
    stance = fields.Selection({
        selection: [
            ["active_opponent", "Active Opponent"],
            ["opponent", "Opponent"],
            ["neutral", "Neutral"],
            ["ally", "Ally"],
            ["active_ally", "Active Ally"],
        ],
    });
    influence = fields.Integer();
    target_type = fields.Selection({
        selection: [
            ["primary", "Primary"],
            ["secondary", "Secondary"],
        ],
    });
    ask = fields.Text();
    date_assessed = fields.Date();
    is_stale = fields.Boolean();
    last_stance_shift = fields.Integer();
    access_partner_ids = fields.Many2many({ relation: "res.partner" });
    _records = [
        {
            id: 1,
            coalition_id: 1,
            partner_name: "Dana Director",
            partner_function: "Head of Youth Services",
            stance: "neutral",
            influence: 3,
            target_type: "primary",
        },
        {
            id: 2,
            coalition_id: 1,
            partner_name: "Paul Police",
            stance: "opponent",
            influence: 2,
            target_type: "secondary",
            is_stale: true,
        },
        {
            id: 3,
            coalition_id: 2,
            partner_name: "Harry Housing",
            stance: "ally",
            influence: 5,
            target_type: "primary",
        },
    ];
}

defineMailModels();
defineModels([CommunityCoalition, CommunityPowerTarget]);

async function openMap(coalitionId) {
    await mountWithCleanup(WebClient);
    await getService("action").doAction({
        type: "ir.actions.client",
        tag: "community_work.power_map",
        name: "Power Map",
        context: { active_model: "community.coalition", active_id: coalitionId },
    });
}

const cell = (stance, influence) =>
    `.o_power_map_cell[data-stance=${stance}][data-influence='${influence}']`;

test("targets are grouped by the cell of their stance and influence", () => {
    const cells = groupByCell([
        { id: 1, stance: "ally", influence: 4 },
        { id: 2, stance: "ally", influence: 4 },
        { id: 3, stance: "neutral", influence: 4 },
    ]);
    expect(cells.get(cellKey("ally", 4)).map((t) => t.id)).toEqual([1, 2]);
    expect(cells.get(cellKey("neutral", 4)).length).toBe(1);
    expect(cells.has(cellKey("ally", 5))).toBe(false);
});

test("moves are counted in bands towards us", () => {
    expect(stanceShift("opponent", "ally")).toBe(2);
    expect(stanceShift("active_ally", "neutral")).toBe(-2);
    expect(stanceShift("neutral", "neutral")).toBe(0);
});

test("the map shows the targets of its coalition in their cells", async () => {
    await openMap(1);
    expect(".o_power_map_cell").toHaveCount(25);
    expect(queryAllTexts(".o_power_map_stance_header")).toEqual([
        "Active Opponent",
        "Opponent",
        "Neutral",
        "Ally",
        "Active Ally",
    ]);
    expect(`${cell("neutral", 3)} .o_power_map_card`).toHaveText(/Dana Director/);
    expect(`${cell("opponent", 2)} .o_power_map_card`).toHaveClass("o_power_map_card_stale");
    expect(`${cell("opponent", 2)} .o_power_map_card`).toHaveText(/secondary/);
    expect(".o_power_map_card:contains(Harry Housing)").toHaveCount(0);
});

test("dropping a card in another cell records a reassessment with its evidence", async () => {
    onRpc("community.power.target", "reassess", function ({ args, kwargs }) {
        expect.step(["reassess", args[0], kwargs.stance, kwargs.influence, kwargs.evidence]);
        this.env["community.power.target"].write(args[0], {
            stance: kwargs.stance,
            influence: kwargs.influence,
        });
        return true;
    });
    await openMap(1);
    await contains(".o_power_map_card:contains(Dana Director)").dragAndDrop(cell("ally", 4));
    expect(".modal").toHaveText(/Neutral, influence 3/);
    expect(".modal").toHaveText(/Ally, influence 4/);
    expect(".modal .o_power_map_confirm").not.toBeEnabled();
    await contains(".modal .o_power_map_evidence").edit("Promised to fund two youth workers");
    await contains(".modal .o_power_map_confirm").click();
    expect.verifySteps([["reassess", [1], "ally", 4, "Promised to fund two youth workers"]]);
    expect(".modal").toHaveCount(0);
    expect(`${cell("ally", 4)} .o_power_map_card`).toHaveText(/Dana Director/);
    expect(`${cell("neutral", 3)} .o_power_map_card`).toHaveCount(0);
});

test("dropping a card back in its own cell records nothing", async () => {
    onRpc("community.power.target", "reassess", () => expect.step("reassess"));
    await openMap(1);
    await contains(".o_power_map_card:contains(Dana Director)").dragAndDrop(cell("neutral", 3));
    expect(".modal").toHaveCount(0);
    expect.verifySteps([]);
});

test("cancelling the move keeps the card where it was", async () => {
    onRpc("community.power.target", "reassess", () => expect.step("reassess"));
    await openMap(1);
    await contains(".o_power_map_card:contains(Dana Director)").dragAndDrop(cell("active_ally", 5));
    await contains(".modal .btn-secondary").click();
    expect.verifySteps([]);
    expect(`${cell("neutral", 3)} .o_power_map_card`).toHaveText(/Dana Director/);
});
