// The signature pad and the pins of the approval page. No library, nothing from elsewhere (the page's CSP).
"use strict";
(function () {
  const PAD_W = 1000, PAD_H = 350;
  const pad = document.getElementById("pad");
  const form = document.getElementById("decide");
  if (!pad || !form) return;
  const ctx = pad.getContext("2d");
  const strokes = [];
  let current = null, started = null;

  function hint() {
    ctx.clearRect(0, 0, PAD_W, PAD_H);
    ctx.strokeStyle = "#c9ced4"; ctx.lineWidth = 2;
    ctx.beginPath(); ctx.moveTo(40, 280); ctx.lineTo(960, 280); ctx.stroke();
    if (!strokes.length) {
      ctx.fillStyle = "#8a939c"; ctx.font = "28px system-ui, sans-serif";
      ctx.fillText(pad.dataset.empty || "", 40, 260);
    }
  }
  function draw() {
    hint();
    ctx.strokeStyle = "#0b1f44"; ctx.lineCap = "round"; ctx.lineJoin = "round";
    for (const s of strokes) {
      for (let i = 1; i < s.length; i++) {
        ctx.lineWidth = 2 + 4 * s[i][2];
        ctx.beginPath(); ctx.moveTo(s[i - 1][0], s[i - 1][1]); ctx.lineTo(s[i][0], s[i][1]); ctx.stroke();
      }
    }
  }
  function point(e) {
    const r = pad.getBoundingClientRect();
    const x = Math.min(PAD_W, Math.max(0, (e.clientX - r.left) * PAD_W / r.width));
    const y = Math.min(PAD_H, Math.max(0, (e.clientY - r.top) * PAD_H / r.height));
    const p = e.pressure && e.pointerType === "pen" ? e.pressure : 0.5;
    if (started === null) started = e.timeStamp;
    return [Math.round(x * 100) / 100, Math.round(y * 100) / 100, p, Math.round((e.timeStamp - started) * 10) / 10];
  }
  pad.addEventListener("pointerdown", (e) => {
    e.preventDefault(); pad.setPointerCapture(e.pointerId);
    current = [point(e)]; strokes.push(current); draw();
  });
  pad.addEventListener("pointermove", (e) => {
    if (!current) return;
    e.preventDefault(); current.push(point(e)); draw();
  });
  const end = () => { current = null; document.getElementById("strokes").value = JSON.stringify(strokes); };
  pad.addEventListener("pointerup", end);
  pad.addEventListener("pointercancel", end);
  document.getElementById("clear").addEventListener("click", () => {
    strokes.length = 0; started = null; document.getElementById("strokes").value = ""; draw();
  });
  hint();

  // Pins: "Set a pin", then a tap on a page puts a numbered pin there with a text of its own.
  const pins = [];
  const list = document.getElementById("pins");
  const field = document.getElementById("pins-field");
  const modeButton = document.getElementById("pin-mode");
  let pinning = false;
  modeButton.hidden = false;
  document.getElementById("pins-hint").hidden = false;
  function setMode(on) {
    pinning = on;
    modeButton.setAttribute("aria-pressed", on ? "true" : "false");
    document.querySelectorAll(".sheet").forEach((s) => s.classList.toggle("pinning", on));
  }
  modeButton.addEventListener("click", () => setMode(!pinning));
  function render() {
    document.querySelectorAll(".pin").forEach((p) => p.remove());
    list.innerHTML = "";
    pins.forEach((pin, i) => {
      const sheet = document.querySelector(`.page[data-page="${pin.page}"] .sheet`);
      const mark = document.createElement("span");
      mark.className = "pin"; mark.textContent = String(i + 1);
      mark.style.left = (pin.x * 100) + "%"; mark.style.top = (pin.y * 100) + "%";
      sheet.appendChild(mark);
      const item = document.createElement("li");
      const input = document.createElement("input");
      input.value = pin.text; input.maxLength = 1000;
      input.setAttribute("aria-label", `Pin ${i + 1}`);
      input.addEventListener("input", () => { pin.text = input.value; field.value = JSON.stringify(pins); });
      const remove = document.createElement("button");
      remove.type = "button"; remove.textContent = "×"; remove.setAttribute("aria-label", `Pin ${i + 1} ✕`);
      remove.addEventListener("click", () => { pins.splice(i, 1); render(); });
      item.append(input, remove); list.appendChild(item);
    });
    field.value = JSON.stringify(pins);
  }
  document.querySelectorAll(".page").forEach((page) => {
    const sheet = page.querySelector(".sheet");
    sheet.addEventListener("click", (e) => {
      if (!pinning) return;
      e.preventDefault();
      const r = sheet.getBoundingClientRect();
      pins.push({ page: Number(page.dataset.page), x: (e.clientX - r.left) / r.width, y: (e.clientY - r.top) / r.height, text: "" });
      setMode(false); render();
      list.lastElementChild.querySelector("input").focus();
    });
  });
  try {
    for (const p of JSON.parse(field.value || "[]")) pins.push(p);
  } catch (err) { /* nothing kept */ }
  render();
  form.addEventListener("submit", () => {
    document.getElementById("strokes").value = JSON.stringify(strokes);
    field.value = JSON.stringify(pins.filter((p) => p.text.trim()));
  });
})();
