import { registry } from "@web/core/registry";

const DIALOG = ".modal .o_form_view";

registry.category("web_tour.tours").add("community_work_consent_sheet_tour", {
    steps: () => [
        {
            content: "On the held meeting, record the consents of its sign-in sheet",
            trigger: ".o_form_view .o_statusbar_buttons button[name=action_record_consents]",
            run: "click",
        },
        {
            content: "Those who came are listed; the one who did not is not",
            trigger: `${DIALOG} .o_field_widget[name=attendance_ids] .o_tag:contains('Ada')`,
        },
        {
            trigger: `${DIALOG} .o_field_widget[name=attendance_ids]:not(:contains('Cleo'))`,
        },
        {
            content: "They signed for phone calls...",
            trigger: `${DIALOG} .o_field_widget[name=purpose_ids] .form-check:contains('Contact by Phone or SMS') input`,
            run: "click",
        },
        {
            content: "...and for photos",
            trigger: `${DIALOG} .o_field_widget[name=purpose_ids] .form-check:contains('Photos and Film') input`,
            run: "click",
        },
        {
            trigger: `${DIALOG} .o_field_widget[name=purpose_ids] .form-check:contains('Photos and Film') input:checked`,
        },
        {
            content: "Record them all in one step",
            trigger: ".modal footer button[name=action_record]",
            run: "click",
        },
        {
            content: "The meeting's chatter says so",
            trigger: ".o-mail-Message:contains('Consents from the sign-in sheet recorded for 2 people')",
        },
    ],
});
