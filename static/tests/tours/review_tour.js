import { registry } from "@web/core/registry";

// A worker reviews an initiative with its group: the figures are filled in, they score
// an indicator, write a story, a reflection and an achievement, mark the review as done
// and apply the decision to move to the next stage.
registry.category("web_tour.tours").add("community_work_review_tour", {
    steps: () => [
        {
            content: "Start a review of the initiative",
            trigger: ".o_form_view button[name=action_new_review]",
            run: "click",
        },
        {
            content: "The figures are counted from the meetings",
            trigger: ".o_form_view .o_field_widget[name=meeting_count]:contains('2')",
        },
        {
            trigger: ".o_form_view .o_field_widget[name=participant_count]:contains('2')",
        },
        {
            content: "Score the first indicator",
            trigger: ".o_field_widget[name=indicator_ids] .o_data_row:contains('A core group meets') td[name=score]",
            run: "click",
        },
        {
            trigger: ".o_field_widget[name=indicator_ids] .o_selected_row .o_selection_badge:contains('Met')",
            run: "click",
        },
        {
            trigger: ".o_field_widget[name=indicator_ids] .o_selected_row .o_selection_badge.active:contains('Met')",
        },
        {
            trigger: ".o_field_widget[name=indicator_ids] .o_selected_row td[name=evidence] textarea",
            run: "edit Twelve people met three times",
        },
        {
            content: "Tell a story of change",
            trigger: ".o_notebook .nav-link:contains('Stories of Change')",
            run: "click",
        },
        {
            trigger: ".o_field_widget[name=story_ids] .o_field_x2many_list_row_add a",
            run: "click",
        },
        {
            trigger: ".o_field_widget[name=story_ids] .o_data_row td[name=name] textarea",
            run: "edit Rita chaired her first meeting",
        },
        {
            content: "Reflect",
            trigger: ".o_notebook .nav-link:contains('Reflection')",
            run: "click",
        },
        {
            trigger: ".o_field_widget[name=lessons] textarea",
            run: "edit People come when a neighbour asks them",
        },
        {
            content: "Celebrate an achievement",
            trigger: ".o_notebook .nav-link:contains('Achievements')",
            run: "click",
        },
        {
            trigger: ".o_field_widget[name=achievement_ids] .o_field_x2many_list_row_add a",
            run: "click",
        },
        {
            trigger: ".o_field_widget[name=achievement_ids] .o_data_row td[name=name] input",
            run: "edit The first public meeting",
        },
        {
            content: "Decide what comes next",
            trigger: ".o_notebook .nav-link:contains('Decision')",
            run: "click",
        },
        {
            trigger: ".o_field_widget[name=decision] select",
            run: 'select "next_stage"',
        },
        {
            content: "Save the review",
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            content: "Mark it as done",
            trigger: ".o_form_view .o_form_saved button[name=action_done]",
            run: "click",
        },
        {
            content: "Apply the decision",
            trigger: ".o_form_view button[name=action_apply_decision]",
            run: "click",
        },
        {
            content: "The decision is applied",
            trigger: ".o_form_view .ribbon:contains('Decision Applied')",
        },
    ],
});

// A worker spins a new initiative off an initiative in a middle stage.
registry.category("web_tour.tours").add("community_work_spin_off_tour", {
    steps: () => [
        {
            content: "Spin a new initiative off",
            trigger: ".o_form_view button[name=action_spin_off]",
            run: "click",
        },
        {
            trigger: ".modal .o_field_widget[name=name] input",
            run: "edit Tour Youth Club",
        },
        {
            trigger: ".modal button[name=action_spin_off]",
            run: "click",
        },
        {
            content: "The new initiative says where it comes from",
            trigger: ".o_form_view .o_field_widget[name=origin_id]:contains('Tour Review Group')",
        },
    ],
});
