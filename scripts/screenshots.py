"""Photograph pages of a running Odoo in headless Chromium (see scripts/screenshots).

Drives Chromium through its DevTools protocol with websocket-client, the package
the test suite's browser tours already need.
"""

import base64
import io
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests
import websocket
from PIL import Image

WIDTH, HEIGHT = 1440, 900
MAX_BYTES = 300_000
# Wait until the web client shows a view and has nothing left to load.
READY = """
    !!document.querySelector(
        '.o_action_manager .o_view_controller, .o_spreadsheet_dashboard_action .o-spreadsheet'
    )
    && !document.querySelector('.o_loading_indicator, .o_kanban_ghost.o_sample_data')
"""


class Odoo:
    def __init__(self, url, db):
        self.url, self.db, self.session = url, db, requests.Session()
        for _attempt in range(120):
            try:
                self.session.get(f"{url}/web/login", timeout=5)
                break
            except requests.ConnectionError:
                time.sleep(1)
        self.uid = self.call("/web/session/authenticate", db=db, login="admin", password="admin")[
            "uid"
        ]

    def call(self, path, **params):
        response = self.session.post(
            f"{self.url}{path}", json={"jsonrpc": "2.0", "params": params}, timeout=60
        ).json()
        if "error" in response:
            raise RuntimeError(response["error"]["data"]["message"])
        return response["result"]

    def ref(self, xmlid):
        model, res_id = self.call(
            "/web/dataset/call_kw",
            model="ir.model.data",
            method="check_object_reference",
            args=xmlid.split("."),
            kwargs={},
        )
        return res_id


class Chromium:
    def __init__(self):
        self.profile = tempfile.TemporaryDirectory()
        self.process = subprocess.Popen(
            [
                "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                f"--window-size={WIDTH},{HEIGHT}",
                "--remote-debugging-port=0",
                f"--user-data-dir={self.profile.name}",
                "about:blank",
            ],
            stderr=subprocess.PIPE,
            text=True,
        )
        for line in self.process.stderr:
            if match := re.search(r"DevTools listening on (ws://\S+)", line):
                port = match.group(1).split(":")[2].split("/")[0]
                break
        pages = requests.get(f"http://127.0.0.1:{port}/json", timeout=10).json()
        page = next(target for target in pages if target["type"] == "page")
        self.socket = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=60)
        self.next_id = 0
        self.send("Page.enable")
        self.send(
            "Emulation.setDeviceMetricsOverride",
            width=WIDTH,
            height=HEIGHT,
            deviceScaleFactor=1,
            mobile=False,
        )

    def send(self, method, **params):
        self.next_id += 1
        self.socket.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    def evaluate(self, expression):
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        return result.get("result", {}).get("value")

    def shot(self, url, path):
        self.send("Page.navigate", url=url)
        deadline = time.time() + 60
        while not self.evaluate(READY):
            if time.time() > deadline:
                raise TimeoutError(f"{url} did not load")
            time.sleep(0.5)
        time.sleep(2)  # let avatars, charts and transitions settle
        # Notifications (such as a newer-version notice) are not part of the page.
        self.evaluate("document.querySelectorAll('.o_notification').forEach((n) => n.remove())")
        data = self.send("Page.captureScreenshot", format="png")["data"]
        save_small_png(base64.b64decode(data), path)

    def close(self):
        self.socket.close()
        self.process.terminate()
        self.process.wait()
        self.profile.cleanup()


def save_small_png(png, path):
    """Quantise to a palette, which keeps a screenshot of the web client well under
    MAX_BYTES without visible loss."""
    image = Image.open(io.BytesIO(png)).convert("RGB")
    for colors in (256, 128, 64):
        output = io.BytesIO()
        image.quantize(colors=colors, method=Image.Quantize.MEDIANCUT).save(
            output, format="PNG", optimize=True
        )
        if output.tell() <= MAX_BYTES:
            break
    path.write_bytes(output.getvalue())
    print(f"{path.name}: {output.tell() // 1024} KB")


def main(url, db, target):
    target = Path(target)
    odoo = Odoo(url, db)
    browser = Chromium()
    browser.send(
        "Network.setCookie",
        name="session_id",
        value=odoo.session.cookies["session_id"],
        url=url,
    )
    method = odoo.ref("community_work.community_method_cycle")
    initiative = odoo.ref("community_work.community_initiative_tenants_demo")
    person = odoo.ref("community_work.res_partner_agnieszka_nowak_demo")
    coalition = odoo.ref("community_work.community_coalition_youth_demo")
    try:
        browser.shot(f"{url}/odoo/community-boards/{method}/community-board", target / "board.png")
        browser.shot(
            f"{url}/odoo/action-community_work.community_initiative_action/{initiative}",
            target / "initiative.png",
        )
        browser.shot(
            f"{url}/odoo/action-community_work.res_partner_action_community/{person}",
            target / "contact.png",
        )
        browser.shot(
            f"{url}/odoo/action-community_work.community_initiative_action_report",
            target / "report.png",
        )
        browser.shot(
            f"{url}/odoo/action-community_work.community_coalition_action",
            target / "coalitions.png",
        )
        browser.shot(
            f"{url}/odoo/action-community_work.community_coalition_action/{coalition}",
            target / "coalition.png",
        )
        review = odoo.ref("community_work.community_review_youth_forum_demo")
        browser.shot(
            f"{url}/odoo/action-community_work.community_review_action/{review}",
            target / "review.png",
        )
        browser.shot(
            f"{url}/odoo/action-community_work.community_initiative_stage_analysis_action",
            target / "time_in_stage.png",
        )
        dashboard = odoo.ref("community_work.spreadsheet_dashboard_community_work")
        browser.shot(f"{url}/odoo/dashboards?dashboard_id={dashboard}", target / "dashboard.png")
        # The same board and initiative for a Hebrew and a Chinese speaking worker.
        for lang, suffix in (("he_IL", "he"), ("zh_CN", "zh_CN")):
            odoo.call(
                "/web/dataset/call_kw",
                model="res.users",
                method="write",
                args=[[odoo.uid], {"lang": lang}],
                kwargs={},
            )
            browser.shot(
                f"{url}/odoo/community-boards/{method}/community-board",
                target / f"board_{suffix}.png",
            )
            browser.shot(
                f"{url}/odoo/action-community_work.community_initiative_action/{initiative}",
                target / f"initiative_{suffix}.png",
            )
    finally:
        browser.close()


if __name__ == "__main__":
    main(*sys.argv[1:])
