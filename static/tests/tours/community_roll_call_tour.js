import { registry } from "@web/core/registry";

const ROLL_CALL = ".o_field_widget[name=attendance_ids]";
const INVITED_WHO_CAME = [
    "Activist 1",
    "Activist 2",
    "Activist 3",
    "Activist 4",
    "Activist 5",
    "Member 01",
    "Member 02",
    "Member 03",
    "Member 04",
    "Member 05",
    "Member 06",
    "Member 07",
    "Member 08",
];
const NEWCOMERS = [
    "Zofia Walkin",
    "Yann Walkin",
    "Xenia Walkin",
    "Wim Walkin",
    "Vera Walkin",
    "Umar Walkin",
    "Tess Walkin",
];

function tick(name) {
    return [
        {
            content: `${name} came: tick them`,
            trigger: `${ROLL_CALL} .o_data_row:contains('${name}') .o_field_attendance_toggle input:not(:checked)`,
            run: "click",
        },
        {
            trigger: `${ROLL_CALL} .o_data_row:contains('${name}') .o_field_attendance_toggle input:checked`,
        },
    ];
}

function setRole(role) {
    return [
        {
            trigger: `${ROLL_CALL} .o_selected_row .o_field_widget[name=role_ids] input`,
            run: `edit ${role}`,
        },
        {
            trigger: `.o-autocomplete--dropdown-item:contains('${role}')`,
            run: "click",
        },
        {
            trigger: `${ROLL_CALL} .o_selected_row .o_field_widget[name=role_ids] .o_tag:contains('${role}')`,
        },
    ];
}

function typeNewcomer(name, index) {
    return [
        {
            content: `Add ${name}, who is not a contact yet`,
            trigger: `${ROLL_CALL} .o_field_x2many_list_row_add a`,
            run: "click",
        },
        {
            trigger: `${ROLL_CALL} .o_selected_row .o_field_widget[name=partner_id] input`,
            run: `edit ${name}`,
        },
        {
            content: "The first choice creates the contact: Enter takes it",
            trigger: `.o-autocomplete--dropdown-item:contains('Create "${name}"')`,
            run: "press Enter",
        },
        {
            trigger: `${ROLL_CALL} .o_selected_row .o_field_widget[name=partner_id] input:value('${name}')`,
        },
        ...(index === 0 ? setRole("Took on a Task") : []),
    ];
}

// A worker records the roll call of a meeting: invites the members in one click, ticks
// who came, types in the people who are not contacts yet, gives roles, saves and marks
// the meeting as held. Runs at desktop size and on a phone-sized screen.
registry.category("web_tour.tours").add("community_work_roll_call_tour", {
    steps: () => [
        {
            content: "Put the initiative's activists and the community's members on the roll call",
            trigger: ".o_form_view button[name=action_invite]",
            run: "click",
        },
        {
            trigger: `${ROLL_CALL} .o_data_row:contains('Member 10')`,
        },
        ...INVITED_WHO_CAME.flatMap(tick),
        {
            content: "Activist 1 chaired the meeting",
            trigger: `${ROLL_CALL} .o_data_row:contains('Activist 1') .o_data_cell[name=role_ids]`,
            run: "click",
        },
        ...setRole("Chaired"),
        ...NEWCOMERS.flatMap(typeNewcomer),
        {
            content: "Save the roll call",
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            trigger: ".o_form_view .o_form_saved",
        },
        {
            content: "Twenty people came",
            trigger: ".o_community_roll_call_counts .o_field_widget[name=attended_count]:contains('20')",
        },
        {
            trigger: `${ROLL_CALL} .o_data_row:contains('Zofia Walkin') .o_data_cell[name=is_first_time] input:checked`,
        },
        {
            content: "On a phone, the meeting's actions are in the gear menu",
            trigger: ".o_control_panel .o_cp_action_menus button.dropdown-toggle",
            run: "click",
            isActive: ["mobile"],
        },
        {
            content: "The meeting was held",
            trigger: "button[name=action_mark_held]",
            run: "click",
        },
        {
            trigger: `${ROLL_CALL} .o_data_row:contains('Member 10'):contains('Absent')`,
        },
    ],
});

// A worker accepts a suggested move from the list; it lands in the level history.
registry.category("web_tour.tours").add("community_work_ladder_suggestion_tour", {
    steps: () => [
        {
            content: "Measure everyone's participation now",
            trigger: ".o_list_view button:contains('Suggest Moves Now')",
            run: "click",
        },
        {
            content: "Accept the suggested move of a rising resident",
            trigger: ".o_data_row:contains('Rising Rosa') button[name=action_accept]",
            run: "click",
        },
        {
            content: "The move is no longer to review",
            trigger: ".o_list_view:not(:has(.o_data_row:contains('Rising Rosa') button[name=action_accept]))",
        },
    ],
});
