import { registry } from "@web/core/registry";

const organiseColumn = ".o_kanban_group:has(.o_column_title:contains('Tour Organise'))";

// A worker drags their own card into a column that holds a colleague's card.
registry.category("web_tour.tours").add("community_work_board_drag_tour", {
    steps: () => [
        {
            trigger: ".o_kanban_record:contains('Tour Method')",
            run: "click",
        },
        {
            trigger: `${organiseColumn} .o_kanban_record:contains('Colleague Card')`,
        },
        {
            content: "A colleague's card cannot be dragged",
            trigger: ".o_kanban_record:not(.o_draggable):contains('Colleague Card')",
        },
        {
            content: "Drag one's own card into the colleague's column",
            trigger: ".o_kanban_record.o_draggable:contains('My Card')",
            // Parentheses: the selector itself ends with one.
            run: `drag_and_drop (${organiseColumn})`,
        },
        {
            trigger: `${organiseColumn} .o_kanban_record:contains('My Card')`,
        },
        {
            content: "Open the card: the move was saved without any error",
            trigger: `${organiseColumn} .o_kanban_record:contains('My Card')`,
            run: "click",
        },
        {
            trigger: ".o_statusbar_status button.o_arrow_button_current:contains('Tour Organise')",
        },
        {
            trigger: "body:not(:has(.o_error_dialog))",
        },
    ],
});
