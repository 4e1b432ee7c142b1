import { Component, onWillStart, useRef, useState, useSubEnv } from "@odoo/owl";
import { _t } from "@web/core/l10n/translation";
import { registry } from "@web/core/registry";
import { useDraggable } from "@web/core/utils/draggable";
import { useService } from "@web/core/utils/hooks";
import { standardActionServiceProps } from "@web/webclient/actions/action_service";
import { useSetupAction } from "@web/search/action_hook";
import { Layout } from "@web/search/layout";
import { getDefaultConfig } from "@web/views/view";
import { ReassessDialog } from "./reassess_dialog";
import { INFLUENCE_LEVELS, MAP_FIELDS, cellAtPoint, cellKey, groupByCell } from "./power_map";

const TARGET_MODEL = "community.power.target";
const TARGET_FIELDS = [
    "partner_id",
    "partner_name",
    "partner_function",
    "last_stance_shift",
    "stance",
    "influence",
    "target_type",
    "ask",
    "date_assessed",
    "is_stale",
    "access_partner_ids",
];
const INFLUENCE_LABELS = {
    5: _t("Decides"),
    4: _t("Strong"),
    3: _t("Some"),
    2: _t("Little"),
    1: _t("Very little"),
};

/**
 * The power map of a coalition or an initiative: decision-makers as cards on a grid of
 * stance (across) and influence (up). Dropping a card in another cell records a dated
 * reassessment with its evidence; the history is kept on the target.
 */
export class PowerMapAction extends Component {
    static template = "community_work.PowerMapAction";
    static components = { Layout };
    static props = { ...standardActionServiceProps };

    setup() {
        useSubEnv({ config: { ...getDefaultConfig(), ...this.env.config } });
        useSetupAction();
        this.orm = useService("orm");
        this.fieldService = useService("field");
        this.actionService = useService("action");
        this.dialog = useService("dialog");
        const { context = {}, params = {} } = this.props.action;
        this.mapModel = context.active_model || params.active_model;
        this.mapId = context.active_id || params.active_id;
        this.mapField = MAP_FIELDS[this.mapModel];
        this.influenceLevels = INFLUENCE_LEVELS;
        this.influenceLabels = INFLUENCE_LABELS;
        this.state = useState({ stances: [], cells: new Map(), hoveredCell: null });
        this.gridRef = useRef("grid");
        useDraggable({
            ref: this.gridRef,
            elements: ".o_power_map_card",
            cursor: "grabbing",
            onDrag: ({ x, y }) => {
                const cell = this.cellAt(x, y);
                this.state.hoveredCell = cell && cellKey(cell.stance, cell.influence);
            },
            onDragEnd: () => {
                this.state.hoveredCell = null;
            },
            onDrop: ({ element, x, y }) => this.onDrop(Number(element.dataset.id), this.cellAt(x, y)),
        });
        onWillStart(async () => {
            const fields = await this.fieldService.loadFields(TARGET_MODEL, {
                fieldNames: ["stance"],
            });
            this.state.stances = fields.stance.selection;
            await this.load();
        });
        // Keep the map's record in the URL, so that a reload opens the same map.
        if (this.mapModel) {
            this.props.updateActionState?.({ active_model: this.mapModel });
        }
    }

    get domain() {
        return this.mapField ? [[this.mapField, "=", this.mapId]] : [];
    }

    async load() {
        const targets = await this.orm.searchRead(TARGET_MODEL, this.domain, TARGET_FIELDS);
        this.targets = targets;
        this.state.cells = groupByCell(targets);
    }

    targetsIn(stance, influence) {
        return this.state.cells.get(cellKey(stance, influence)) || [];
    }

    stanceLabel(stance) {
        return this.state.stances.find(([value]) => value === stance)?.[1] || stance;
    }

    positionLabel(stance, influence) {
        return _t("%(stance)s, influence %(influence)s", {
            stance: this.stanceLabel(stance),
            influence,
        });
    }

    cellAt(x, y) {
        return cellAtPoint(this.gridRef.el.querySelectorAll(".o_power_map_cell"), x, y);
    }

    onDrop(targetId, cell) {
        const target = this.targets.find((t) => t.id === targetId);
        if (!target || !cell || (cell.stance === target.stance && cell.influence === target.influence)) {
            return;
        }
        this.dialog.add(ReassessDialog, {
            targetName: target.partner_name,
            fromLabel: this.positionLabel(target.stance, target.influence),
            toLabel: this.positionLabel(cell.stance, cell.influence),
            confirm: async (evidence) => {
                await this.orm.call(TARGET_MODEL, "reassess", [[target.id]], {
                    stance: cell.stance,
                    influence: cell.influence,
                    evidence,
                });
                await this.load();
            },
        });
    }

    async openTarget(target) {
        await this.actionService.doAction({
            type: "ir.actions.act_window",
            res_model: TARGET_MODEL,
            res_id: target.id,
            views: [[false, "form"]],
        });
    }

    async addTarget() {
        const context = this.mapField ? { [`default_${this.mapField}`]: this.mapId } : {};
        await this.actionService.doAction(
            {
                type: "ir.actions.act_window",
                res_model: TARGET_MODEL,
                views: [[false, "form"]],
                target: "new",
                context,
            },
            { onClose: () => this.load() }
        );
    }
}

registry.category("actions").add("community_work.power_map", PowerMapAction);
