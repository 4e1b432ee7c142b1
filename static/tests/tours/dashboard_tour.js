import { registry } from "@web/core/registry";

/** A manager opens the Community Work dashboard: its key figures and charts are drawn. */
registry.category("web_tour.tours").add("community_work_dashboard_tour", {
    steps: () => [
        {
            content: "Open the Community Work dashboard",
            trigger: ".o_search_panel_category_value[data-name='Community Work']",
            run: "click",
        },
        {
            content: "The key figures are drawn",
            trigger: ".o-spreadsheet .o-figure .o-scorecard",
        },
        {
            content: "The charts are drawn",
            trigger: ".o-spreadsheet .o-figure .o-chart-container canvas",
        },
        {
            content: "The figures follow a period, a community and a worker",
            trigger:
                ".o_control_panel:has(.o-filter-value[title='Period'])" +
                ":has(.o-filter-value[title='Community']) .o-filter-value[title='Worker']",
        },
    ],
});
