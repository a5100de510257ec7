// The interview, one question at a time: POST interview with the answers so far; the server says
// what to ask next, or gives the result once the answer is certain. It keeps no state, so "Back"
// only needs the previous answers. Question texts come in the browser's language (Accept-Language).
"use strict";

const DISPOSITIONS = ["keepRunning", "runWithModifications", "stopAndRest", "seeProfessional", "urgentCare", "emergency"];
const LABELS = { keepRunning: "Keep running", runWithModifications: "Modify", stopAndRest: "Stop and rest",
  seeProfessional: "See a professional", urgentCare: "Urgent care", emergency: "Emergency" };

const state = { answers: {}, history: [], catalogue: null, numbers: {} };
const $ = (id) => document.getElementById(id);

function element(tag, props, ...children) {
  const node = Object.assign(document.createElement(tag), props || {});
  if (props && props.style) node.style.cssText = props.style;
  for (const child of children) node.append(child);
  return node;
}

// "$.runner.history" -> answers.runner.history
function setAnswer(answers, path, value) {
  const keys = path.replace(/^\$\./, "").split(".");
  let target = answers;
  for (const key of keys.slice(0, -1)) target = target[key] ??= {};
  target[keys[keys.length - 1]] = value;
}

async function post(path, body) {
  const response = await fetch(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  const json = await response.json();
  if (!response.ok) throw new Error((json.validationErrors || []).map((e) => e.path + ": " + e.message).join(" ") || json.title);
  return json;
}

// The runner's country for the emergency number: the setting on the page, kept in this browser,
// or the region of the browser's language ("en-GB" -> GB) until the runner sets one.
function region() {
  const value = $("region").value.trim().toUpperCase();
  return /^[A-Z]{2}$/.test(value) ? value : undefined;
}

function initialRegion() {
  const saved = localStorage.getItem("runnerback.region");
  if (saved) return saved;
  const match = /-([A-Za-z]{2})\b/.exec(navigator.language || "");
  return match ? match[1].toUpperCase() : "";
}

async function numbersFor(code) {
  if (!code) return [];
  if (!(code in state.numbers)) {
    const response = await fetch("emergency-numbers?region=" + encodeURIComponent(code));
    state.numbers[code] = response.ok ? (await response.json()).numbers : [];
  }
  return state.numbers[code];
}

async function next() {
  $("error").hidden = true;
  try {
    const step = await post("interview", { answers: state.answers, region: region() });
    const numbers = step.status === "done" ? await numbersFor(region()) : [];
    render(step, numbers);
  } catch (error) {
    $("error").textContent = "Something went wrong: " + error.message;
    $("error").hidden = false;
  }
  $("back").disabled = state.history.length === 0;
}

function answer(question, value) {
  state.history.push(structuredClone(state.answers));
  setAnswer(state.answers, question.path, value);
  next();
}

function renderRange(range) {
  const low = DISPOSITIONS.indexOf(range.lowest), high = DISPOSITIONS.indexOf(range.highest);
  $("range-label").textContent = low === high ? "Answer: " + LABELS[range.lowest] : "So far: between " + LABELS[range.lowest] + " and " + LABELS[range.highest];
  $("range-bar").replaceChildren(...DISPOSITIONS.map((code, i) => {
    const possible = i >= low && i <= high;
    return element("li", { className: possible ? "possible" : "", textContent: LABELS[code], style: possible ? "background: var(--" + code + ")" : "" });
  }));
}

function renderQuestion(question) {
  $("question").dataset.question = question.id;
  $("question-text").textContent = question.text;
  $("question-help").textContent = question.help || "";
  const controls = $("controls");
  controls.className = "";
  controls.replaceChildren();
  switch (question.kind) {
    case "scale":
      controls.className = "scale";
      for (let level = question.min; level <= question.max; level++) {
        controls.append(element("button", { type: "button", className: "option", textContent: String(level), onclick: () => answer(question, level) }));
        controls.lastChild.dataset.value = String(level);
      }
      break;
    case "singleChoice":
    case "yesNo":
      controls.className = "list";
      for (const option of question.options) {
        controls.append(element("button", { type: "button", className: "option", textContent: option.label, onclick: () => answer(question, option.value) }));
        controls.lastChild.dataset.value = JSON.stringify(option.value);
      }
      break;
    case "multipleChoice": {
      controls.className = "list";
      const boxes = question.options.map((option) => element("input", { type: "checkbox", value: option.value }));
      question.options.forEach((option, i) => controls.append(element("label", { className: "check" }, boxes[i], option.label)));
      controls.append(element("button", { type: "button", textContent: "Continue (none ticked means none of these)",
        onclick: () => answer(question, boxes.filter((box) => box.checked).map((box) => box.value)) }));
      break;
    }
    case "number": {
      const input = element("input", { type: "number", min: question.min, max: question.max, step: "any", inputMode: "decimal" });
      controls.append(element("label", {}, input, " " + (question.unit || "")));
      controls.append(element("button", { type: "button", textContent: "Continue", onclick: () => input.value !== "" && answer(question, Number(input.value)) }));
      if (!question.safety) controls.append(element("button", { type: "button", className: "secondary", textContent: "Skip", onclick: () => answer(question, null) }));
      break;
    }
  }
  $("question").hidden = false;
  $("result").hidden = true;
}

// A change such as {"path":"$.painLevel","answer":3}, in the catalogue's words.
function describeChange(change) {
  const question = state.catalogue?.questions.find((q) => q.path === change.path);
  if (!question) return change.path + ": " + JSON.stringify(change.answer);
  const option = (question.options || []).find((o) => o.value === change.answer);
  const value = option ? option.label : question.kind === "scale" && change.answer > question.min ? change.answer + " or less" : String(change.answer);
  return question.text + " " + value;
}

function list(title, items, className) {
  if (items.length === 0) return [];
  return [element("h3", { textContent: title }), element("ul", { className: className || "" }, ...items.map((item) => element("li", {}, ...[].concat(item))))];
}

function renderResult(result, numbers) {
  // Urgent or emergency: the number to call, one tap away, right under the headline.
  const urgent = result.disposition === "emergency" || result.disposition === "urgentCare";
  $("result-call").hidden = !(urgent && numbers.length > 0);
  if (urgent && numbers.length > 0) {
    $("call").href = "tel:" + numbers[0];
    $("call").textContent = "Call " + numbers[0] + (result.disposition === "emergency" ? " now" : " if it gets worse");
  }
  $("result-disposition").textContent = LABELS[result.disposition];
  $("result-disposition").style.background = "var(--" + result.disposition + ")";
  $("result-headline").textContent = result.headline;
  $("result-red-flags").replaceChildren(...list("Warning signs", result.redFlags.map((flag) => flag.explanation), "red-flag"));
  $("result-todo").replaceChildren(...list("What to do", result.recommendations.map((r) => [element("strong", { textContent: r.title + ": " }), r.instructions])));
  $("result-change").replaceChildren(...list("What would change this answer", result.whatWouldChange.map((w) =>
    LABELS[w.disposition] + " once: " + w.changes.map(describeChange).join("; "))));
  $("result-disclaimer").textContent = result.disclaimer || "";
  $("question").hidden = true;
  $("result").hidden = false;
}

// Every step opens at its top with focus on its heading, so a screen reader announces it and an
// emergency is never left below the fold of a phone after a long checklist.
function render(step, numbers) {
  renderRange(step.dispositionRange);
  if (step.status === "done") renderResult(step.result, numbers);
  else renderQuestion(step.question);
  const section = step.status === "done" ? $("result") : $("question");
  const heading = step.status === "done" ? $("result-headline") : $("question-text");
  section.scrollIntoView({ block: "start" });
  heading.focus({ preventScroll: true });
}

$("region").value = initialRegion();
$("region").onchange = () => { localStorage.setItem("runnerback.region", region() || ""); };
$("back").onclick = () => { if (state.history.length > 0) { state.answers = state.history.pop(); next(); } };
$("restart").onclick = () => { state.answers = {}; state.history = []; next(); };

fetch("questions").then((r) => r.json()).then((catalogue) => { state.catalogue = catalogue; }).catch(() => {});
next();
