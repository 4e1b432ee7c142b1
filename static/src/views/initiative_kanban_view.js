import { registry } from "@web/core/registry";
import { kanbanView } from "@web/views/kanban/kanban_view";
import { KanbanRecord } from "@web/views/kanban/kanban_record";
import { KanbanRenderer } from "@web/views/kanban/kanban_renderer";

/**
 * The cards of initiatives the user may only read cannot be dragged to another
 * stage: the record rules would refuse the move.
 */
export class InitiativeKanbanRecord extends KanbanRecord {
    getRecordClasses() {
        const classes = super.getRecordClasses();
        if (this.props.record.data.can_edit === false) {
            return classes.replace(/(^| )o_draggable( |$)/, " ");
        }
        return classes;
    }
}

export class InitiativeKanbanRenderer extends KanbanRenderer {
    static components = { ...KanbanRenderer.components, KanbanRecord: InitiativeKanbanRecord };
}

registry.category("views").add("community_initiative_kanban", {
    ...kanbanView,
    Renderer: InitiativeKanbanRenderer,
});
