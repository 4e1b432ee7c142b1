import { registry } from "@web/core/registry";

// A worker moves a resident up the participation ladder from the contact form.
registry.category("web_tour.tours").add("community_work_contact_tour", {
    steps: () => [
        {
            content: "Open the contact's Community tab",
            trigger: ".o_notebook .nav-link:contains('Community')",
            run: "click",
        },
        {
            content: "Move the resident on the ladder",
            trigger: ".o_form_view button:contains('Move')",
            run: "click",
        },
        {
            content: "Choose the new level",
            trigger: ".modal .o_field_widget[name=level_id] input",
            run: "edit Activist",
        },
        {
            trigger: ".o-autocomplete--dropdown-item:contains('Activist')",
            run: "click",
        },
        {
            content: "Say why",
            trigger: ".modal .o_field_widget[name=reason] input",
            run: "edit Chaired the spring meeting",
        },
        {
            trigger: ".modal button:contains('Change Level')",
            run: "click",
        },
        {
            content: "The move is in the level history",
            trigger: ".o_field_widget[name=community_level_change_ids] .o_data_row:contains('Chaired the spring meeting')",
        },
    ],
});

// A worker adds a contact to an existing community from the contact form: the
// lookup finds it by its full name instead of offering to create a duplicate.
registry.category("web_tour.tours").add("community_work_membership_lookup_tour", {
    steps: () => [
        {
            trigger: ".o_notebook .nav-link:contains('Community')",
            run: "click",
        },
        {
            trigger: ".o_field_widget[name=community_membership_ids] .o_field_x2many_list_row_add a",
            run: "click",
        },
        {
            content: "Type part of the community's name",
            trigger: ".o_field_widget[name=community_membership_ids] .o_data_row .o_field_widget[name=community_id] input",
            run: "edit North",
        },
        {
            content: "The existing community is offered under its full name",
            trigger: ".o-autocomplete--dropdown-item:contains('Testville / North')",
            run: "click",
        },
        {
            content: "Creating a community from here is never a single click away",
            trigger: ".o_field_widget[name=community_membership_ids] .o_data_row .o_field_widget[name=community_id] input",
            run: "edit Nowhere Estate",
        },
        {
            trigger: ".o-autocomplete--dropdown-item:contains('Create and edit')",
        },
        {
            trigger: ".o_field_widget[name=community_membership_ids] .o_data_row .o_field_widget[name=community_id] input",
            run: "edit North",
        },
        {
            trigger: ".o-autocomplete--dropdown-item:contains('Testville / North')",
            run: "click",
        },
        {
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            trigger: ".o_form_view .o_form_saved",
        },
    ],
});
