import { registry } from "@web/core/registry";

// A worker records a need raised in a community and opens its initiatives.
registry.category("web_tour.tours").add("community_work_community_tour", {
    steps: () => [
        {
            content: "Open the community's needs",
            trigger: ".o_notebook .nav-link:contains('Needs and Issues')",
            run: "click",
        },
        {
            trigger: ".o_field_widget[name=need_ids] .o_field_x2many_list_row_add a",
            run: "click",
        },
        {
            content: "Record a need raised by residents",
            trigger: ".o_field_widget[name=need_ids] .o_data_row .o_field_widget[name=name] input",
            run: "edit No safe place for teenagers",
        },
        {
            content: "Save the community",
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            trigger: ".o_form_view .o_form_saved",
        },
        {
            content: "Open the community's initiatives",
            trigger: ".oe_stat_button:contains('Initiatives')",
            run: "click",
        },
        {
            content: "Its initiative is listed",
            trigger: ".o_list_view .o_data_row:contains('Tour Initiative')",
        },
    ],
});
