import { App } from "@odoo/owl";
import { rpcBus } from "@web/core/network/rpc";
import { registry } from "@web/core/registry";

/**
 * Opens every menu of Community Work that the user sees, read from the web
 * client's menus (so menus added later are covered too), every view of each
 * menu's action, the form of its first record and its empty form for a new
 * record. Any error dialog fails the tour; so does any console error.
 */

const APP_XMLID = "community_work.community_work_menu_root";
const pendingRPCs = new Set();
rpcBus.addEventListener("RPC:REQUEST", ({ detail }) => pendingRPCs.add(detail.data.id));
rpcBus.addEventListener("RPC:RESPONSE", ({ detail }) => pendingRPCs.delete(detail.data.id));

function checkNoErrorDialog(where) {
    const dialog = document.querySelector(".o_error_dialog");
    if (dialog) {
        throw new Error(`Error dialog on ${where}: ${dialog.innerText}`);
    }
}

/** Wait until the web client is idle (no RPC, nothing left to render). */
async function settle(where) {
    for (let waited = 0; waited < 20000; waited += 50) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        checkNoErrorDialog(where);
        const rendering = App.apps && [...App.apps].some((app) => app.scheduler.tasks.size);
        if (!pendingRPCs.size && !rendering && document.querySelector(".o_action_manager > *")) {
            await new Promise((resolve) => requestAnimationFrame(resolve));
            checkNoErrorDialog(where);
            return;
        }
    }
    throw new Error(`${where} did not finish loading`);
}

async function click(element, where) {
    element.click();
    await settle(where);
}

function leaves(menu) {
    const children = menu.childrenTree || [];
    return children.length ? children.flatMap(leaves) : [menu];
}

/** Open the first record of the current multi-record view, if any. */
async function openFirstRecord(where, depth = 0) {
    const record = document.querySelector(
        ".o_action_manager .o_kanban_record:not(.o_kanban_ghost):not(.o_kanban_quick_create), " +
            ".o_action_manager .o_list_view:not(:has(.o_list_table.o_editable_list)) .o_data_row .o_data_cell"
    );
    if (!record) {
        return;
    }
    await click(record, `${where}: first record`);
    if (!document.querySelector(".o_action_manager .o_form_view") && depth < 1) {
        // A record that opens another view (a method opens its board): go one level in.
        await openFirstRecord(`${where}: first record`, depth + 1);
    }
}

async function openNewForm(where) {
    const newButton = document.querySelector(
        ".o_control_panel_main_buttons .o_list_button_add, .o_control_panel_main_buttons .o-kanban-button-new"
    );
    if (!newButton || newButton.closest(".o_list_view .o_editable_list")) {
        return;
    }
    await click(newButton, `${where}: new record`);
    const discard = document.querySelector(
        ".o_form_button_cancel, .o_list_button_discard, .o_kanban_quick_create .o_kanban_cancel"
    );
    if (discard) {
        await click(discard, `${where}: discard the new record`);
    }
}

async function visitMenu(env, menu) {
    const where = `menu “${menu.name}”`;
    console.log(`Opening ${where}`);
    await env.services.menu.selectMenu(menu);
    await settle(where);
    const switches = [...document.querySelectorAll(".o_control_panel .o_switch_view")];
    for (const viewType of switches.map((button) => button.dataset.tooltip)) {
        const button = [...document.querySelectorAll(".o_control_panel .o_switch_view")].find(
            (b) => b.dataset.tooltip === viewType
        );
        await click(button, `${where}, ${viewType} view`);
    }
    if (switches.length) {
        await click(switches[0], where);
    }
    await openNewForm(where);
    await env.services.menu.selectMenu(menu);
    await settle(where);
    await openFirstRecord(where);
}

function appMenus() {
    const { menu } = odoo.__WOWL_DEBUG__.root.env.services;
    const app = menu.getApps().find((a) => a.xmlid === APP_XMLID);
    return app ? leaves(menu.getMenuAsTree(app.id)).filter((m) => m.actionID) : [];
}

registry.category("web_tour.tours").add("community_work_every_menu_tour", {
    // The steps are built when the tour starts, from the menus the user sees.
    steps: () => {
        const menus = appMenus();
        return [
            {
                content: "The app shows menus to this user",
                trigger: menus.length ? ".o_main_navbar" : ".o_community_work_no_menu_found",
            },
            ...menus.map((menu) => ({
                content: `Open the menu “${menu.name}”, its views and its forms`,
                trigger: ".o_main_navbar",
                timeout: 60000,
                async run() {
                    await visitMenu(odoo.__WOWL_DEBUG__.root.env, menu);
                },
            })),
        ];
    },
});
