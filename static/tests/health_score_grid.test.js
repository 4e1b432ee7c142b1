import { defineMailModels } from "@mail/../tests/mail_test_helpers";
import { describe, expect, test } from "@odoo/hoot";
import { queryAllTexts } from "@odoo/hoot-dom";
import {
    contains,
    defineModels,
    fields,
    models,
    MockServer,
    mountView,
    onRpc,
} from "@web/../tests/web_test_helpers";

describe.current.tags("desktop");

class HealthRound extends models.Model {
    _name = "community.coalition.health.round";
    name = fields.Char();
    score_ids = fields.One2many({ relation: "community.coalition.health.score", relation_field: "round_id" });
    score_grid = fields.Json();
    _records = [
        {
            id: 1,
            name: "Spring review",
            score_ids: [1, 2],
        },
    ];
}

class HealthScore extends models.Model {
    _name = "community.coalition.health.score";
    round_id = fields.Many2one({ relation: "community.coalition.health.round" });
    member_id = fields.Many2one({ relation: "community.coalition.member" });
    factor_id = fields.Many2one({ relation: "community.coalition.health.factor" });
    score = fields.Integer();
    _records = [
        { id: 1, round_id: 1, member_id: 11, factor_id: 21, score: 5 },
        { id: 2, round_id: 1, member_id: 12, factor_id: 21, score: 1 },
    ];
}

class CoalitionMember extends models.Model {
    _name = "community.coalition.member";
    _rec_name = "name";
    name = fields.Char();
    _records = [
        { id: 11, name: "School" },
        { id: 12, name: "Youth Club" },
    ];
}

class HealthFactor extends models.Model {
    _name = "community.coalition.health.factor";
    _rec_name = "name";
    name = fields.Char();
    _records = [
        { id: 21, name: "Trust" },
        { id: 22, name: "Communication" },
    ];
}

defineMailModels();
defineModels([HealthRound, HealthScore, CoalitionMember, HealthFactor]);

// The rows and columns the server computes for the round.
const SCORE_GRID = {
    members: [
        { id: 11, name: "School", representatives: "Tom Teacher" },
        { id: 12, name: "Youth Club", representatives: "" },
    ],
    factors: [
        { id: 21, name: "Trust", question: "Members keep their word." },
        { id: 22, name: "Communication", question: "" },
    ],
};
for (const method of ["web_read", "web_save"]) {
    onRpc("community.coalition.health.round", method, ({ parent }) =>
        parent().map((round) => ({ ...round, score_grid: SCORE_GRID }))
    );
}

const ARCH = `<form><field name="score_ids" widget="health_score_grid"/></form>`;
const input = (member, factor) =>
    `tr[data-member='${member}'] .o_health_score_input[data-factor='${factor}']`;

test("the grid shows members, factors, their scores, average and spread", async () => {
    await mountView({ type: "form", resModel: "community.coalition.health.round", resId: 1, arch: ARCH });
    expect(".o_health_score_grid tbody tr").toHaveCount(2);
    expect(queryAllTexts(".o_health_factor")).toEqual(["Trust", "Communication"]);
    expect(input(11, 21)).toHaveValue("5");
    expect(input(12, 21)).toHaveClass("o_health_score_low");
    expect(input(11, 22)).toHaveValue("");
    expect(".o_health_score_average td:first").toHaveText("3.0");
    expect(".o_health_score_spread td:first .o_health_disagreement").toHaveText("2.0");
});

test("typing a digit scores the cell, moves on, and saves with the round", async () => {
    await mountView({ type: "form", resModel: "community.coalition.health.round", resId: 1, arch: ARCH });
    await contains(input(11, 22)).edit("4", { confirm: false });
    expect(input(12, 21)).toBeFocused();
    await contains(input(12, 21)).edit("3", { confirm: false });
    await contains(input(11, 21)).clear({ confirm: "blur" });
    await contains(input(12, 22)).edit("9", { confirm: false });
    expect(input(12, 22)).toHaveValue("");
    expect(".o_health_score_average td:first").toHaveText("3.0");
    expect(".o_health_score_average td:last").toHaveText("4.0");
    await contains(".o_form_button_save").click();
    const [round] = MockServer.env["community.coalition.health.round"].read([1], ["score_ids"]);
    const scores = MockServer.env["community.coalition.health.score"]
        .read(round.score_ids, ["member_id", "factor_id", "score"])
        .map(({ member_id, factor_id, score }) => [member_id[0], factor_id[0], score]);
    expect(scores).toEqual([
        [12, 21, 3],
        [11, 22, 4],
    ]);
});
