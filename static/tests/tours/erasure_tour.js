import { registry } from "@web/core/registry";

// A manager erases a resident, at their request, from the contact form.
registry.category("web_tour.tours").add("community_work_erasure_tour", {
    steps: () => [
        {
            content: "Open the contact's actions",
            trigger: ".o_form_view .o_cp_action_menus button:has(.fa-cog)",
            run: "click",
        },
        {
            trigger: ".o-dropdown--menu .o-dropdown-item:contains('Erase Personal Data')",
            run: "click",
        },
        {
            content: "The wizard says what will happen",
            trigger: ".modal .o_field_widget[name=summary]:contains('Petra Private'):contains('lines kept anonymously')",
        },
        {
            content: "Confirm that it cannot be undone",
            trigger: ".modal .o_field_widget[name=confirm] input",
            run: "click",
        },
        {
            trigger: ".modal button:contains('Erase for Good')",
            run: "click",
        },
        {
            content: "The contact is anonymous and archived",
            trigger: ".o_form_view:not(:has(.modal)) .ribbon:contains('Archived')",
        },
        {
            trigger: ".o_breadcrumb .active:contains('Erased person #')",
        },
    ],
});
