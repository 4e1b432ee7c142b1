import { registry } from "@web/core/registry";
import { quickCreateSteps } from "./board_steps";

// A method's board keeps its method when the page is reloaded (F5 or a bookmark).
registry.category("web_tour.tours").add("community_work_board_reload_tour", {
    steps: () => [
        {
            content: "Open the board of the tour's method",
            trigger: ".o_kanban_record:contains('Tour Method')",
            run: "click",
        },
        {
            trigger: ".o_breadcrumb .active:contains('Tour Method')",
        },
        {
            trigger: ".o_kanban_group .o_column_title:contains('Tour Organise')",
            run() {
                window.location.reload();
            },
        },
        {
            content: "After the reload, the board still bears the method's name",
            trigger: ".o_breadcrumb .active:contains('Tour Method')",
        },
        {
            content: "... shows the method's empty stages",
            trigger: ".o_kanban_group .o_column_title:contains('Tour Organise')",
        },
        {
            content: "... and no stage of another method",
            trigger: ".o_kanban_renderer:not(:has(.o_column_title:contains('Other Stage')))",
        },
        // Quick-creating in the method's second stage still works.
        ...quickCreateSteps("Tour Organise", "Reloaded Group", "Testville / North"),
    ],
});
