import { registry } from "@web/core/registry";

// A Hebrew-speaking worker opens a method's board and one of its initiatives: the web
// client lays both out from right to left and the addon's words are in Hebrew.
const HEBREW = /[\u0590-\u05FF]/;

function left(element) {
    return element.getBoundingClientRect().left;
}

function check(condition, message) {
    if (!condition) {
        throw new Error(message);
    }
}

registry.category("web_tour.tours").add("community_work_rtl_tour", {
    steps: () => [
        {
            content: "The board is drawn with the right-to-left stylesheet",
            trigger: "body.o_rtl .o_kanban_renderer .o_kanban_group:nth-child(2) .o_column_title",
            run() {
                const sheets = [...document.querySelectorAll("link[rel=stylesheet]")];
                check(
                    sheets.some((sheet) => sheet.href.includes("web.assets_web.rtl")),
                    "the right-to-left stylesheet is not loaded"
                );
                const columns = [...document.querySelectorAll(".o_kanban_group")];
                check(
                    left(columns[0]) > left(columns[1]),
                    "the first stage is not the right-most column"
                );
                const titles = columns.map((c) => c.querySelector(".o_column_title").textContent);
                check(titles.every((title) => HEBREW.test(title)), `stages not in Hebrew: ${titles}`);
                const breadcrumb = document.querySelector(".o_control_panel .o_breadcrumb");
                check(left(breadcrumb) > window.innerWidth / 2, "the breadcrumb is not on the right");
            },
        },
        {
            content: "Open the initiative",
            trigger: ".o_kanban_record:contains('Tenants of Linden Court')",
            run: "click",
        },
        {
            content: "The form reads from right to left, in Hebrew",
            trigger: "body.o_rtl .o_form_view .o_statusbar_status:has(.o_arrow_button_current)",
            run() {
                const label = document.querySelector(".o_form_view .o_inner_group .o_form_label");
                const field = document.querySelector(".o_form_view .o_inner_group .o_field_widget");
                check(left(label) > left(field), "a field's label is not on its right");
                const status = document.querySelector(".o_form_view .o_statusbar_status");
                const buttons = document.querySelector(".o_form_view .o_statusbar_buttons");
                check(left(buttons) > left(status), "the stages are not on the left of the buttons");
                check(HEBREW.test(label.textContent), `label not in Hebrew: ${label.textContent}`);
                const current = document.querySelector(".o_arrow_button_current").textContent;
                check(HEBREW.test(current), `stage not in Hebrew: ${current}`);
            },
        },
    ],
});
