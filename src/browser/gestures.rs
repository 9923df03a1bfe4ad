//! Zoom and pan by pointer on the axis: Ctrl/⌘ + wheel (a trackpad's pinch arrives so, but in
//! Safari, which sends gesture events), and a two-finger pinch zoom around the pointer; a drag, a horizontal scroll or Shift + wheel
//! pans. The full build only.
//!
//! The viewer and the full build share one JavaScript glue (scripts/bundle-embed.mjs checks
//! it), so this reads what it needs of events and elements as properties (`Reflect.get`)
//! and calls methods with `Function.call`, imports the viewer already has, rather than through
//! web-sys types the viewer does not import.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Event};
use yew::prelude::*;

use crate::view_model::zoom::{ZoomStep, PARTS};

/// A property of a JavaScript object as a number (0 when it is not one).
fn number(object: &JsValue, name: &str) -> f64 {
    js_sys::Reflect::get(object, &name.into())
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(0.0)
}

fn flag(object: &JsValue, name: &str) -> bool {
    js_sys::Reflect::get(object, &name.into())
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// The axis an event happened on, if it did.
fn axis_of(event: &Event) -> Option<Element> {
    event
        .target()?
        .dyn_into::<Element>()
        .ok()?
        .closest(".et-axis")
        .ok()
        .flatten()
}

/// The axis's left edge and width on screen.
fn extent(axis: &Element) -> (f64, f64) {
    let rect = call(axis, "getBoundingClientRect", &JsValue::UNDEFINED);
    (number(&rect, "left"), number(&rect, "width").max(1.0))
}

/// Calls a method of a JavaScript object by name (`undefined` when there is none).
fn call(object: &JsValue, method: &str, argument: &JsValue) -> JsValue {
    js_sys::Reflect::get(object, &method.into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call1(object, argument).ok())
        .unwrap_or(JsValue::UNDEFINED)
}

/// Where the screen point `x` is along the view, from its earlier end (millionths).
fn along(axis: &Element, x: f64, rtl: bool) -> i64 {
    let (left, width) = extent(axis);
    let fraction = ((x - left) / width).clamp(0.0, 1.0);
    let fraction = if rtl { 1.0 - fraction } else { fraction };
    (fraction * PARTS as f64) as i64
}

/// A move of `dx` pixels on screen as a pan that keeps the story under the pointer.
fn pan(axis: &Element, dx: f64, rtl: bool) -> ZoomStep {
    let parts = (dx / extent(axis).1 * PARTS as f64) as i64;
    ZoomStep::Pan(if rtl { parts } else { -parts })
}

/// Sends the rest of this event's pointer's moves to `element` (`setPointerCapture`).
fn capture(element: &Element, event: &Event) {
    let id = js_sys::Reflect::get(event, &"pointerId".into()).unwrap_or(JsValue::UNDEFINED);
    call(element, "setPointerCapture", &id);
}

/// The pointers down on the axis (id, x, y), and whether they have moved far enough to be a
/// drag (whose click then selects nothing).
#[derive(Default)]
struct Pointers {
    down: Vec<(f64, f64, f64)>,
    axis: Option<Element>,
    travelled: f64,
    dragged: bool,
    /// A Safari pinch's scale so far.
    scale: f64,
}

/// A drag shorter than this (pixels) is still a click.
const CLICK_SLOP: f64 = 4.0;

fn wheel(event: &Event, rtl: bool, step: &Callback<ZoomStep>) {
    let Some(axis) = axis_of(event) else { return };
    // Lines and pages in pixels (Firefox scrolls a mouse wheel by lines).
    let unit = match number(event, "deltaMode") as u32 {
        1 => 16.0,
        2 => extent(&axis).1,
        _ => 1.0,
    };
    let (dx, dy) = (
        number(event, "deltaX") * unit,
        number(event, "deltaY") * unit,
    );
    if flag(event, "ctrlKey") || flag(event, "metaKey") {
        event.prevent_default();
        let permille = (1000.0 * (dy / 400.0).exp()).round() as i64;
        step.emit(ZoomStep::Scale {
            permille: permille.clamp(250, 4000),
            anchor: Some(along(&axis, number(event, "clientX"), rtl)),
        });
    } else if flag(event, "shiftKey") && dx == 0.0 {
        event.prevent_default();
        step.emit(pan(&axis, -dy, rtl));
    } else if dx.abs() > dy.abs() {
        event.prevent_default();
        step.emit(pan(&axis, -dx, rtl));
    }
}

fn pointer_moved(event: &Event, pointers: &mut Pointers, rtl: bool, step: &Callback<ZoomStep>) {
    let id = number(event, "pointerId");
    let (x, y) = (number(event, "clientX"), number(event, "clientY"));
    let Some(axis) = pointers.axis.clone() else {
        return;
    };
    let Some(k) = pointers.down.iter().position(|p| p.0 == id) else {
        return;
    };
    let before = pointers.down.clone();
    pointers.down[k] = (id, x, y);
    match before[..] {
        [(_, x0, _)] => {
            pointers.travelled += (x - x0).abs();
            if pointers.travelled > CLICK_SLOP {
                if !pointers.dragged {
                    // From here the drag's moves come to the widget wherever the pointer goes
                    // (not before: a click keeps its own target, the tab).
                    capture(&axis, event);
                }
                pointers.dragged = true;
                step.emit(pan(&axis, x - x0, rtl));
            }
        }
        [a, b] => {
            let distance = |p: (f64, f64, f64), q: (f64, f64, f64)| (p.1 - q.1).hypot(p.2 - q.2);
            let now = (pointers.down[0], pointers.down[1]);
            let (was, is) = (distance(a, b), distance(now.0, now.1));
            if was > 0.0 && is > 0.0 {
                pointers.dragged = true;
                step.emit(ZoomStep::Scale {
                    permille: ((1000.0 * was / is).round() as i64).clamp(250, 4000),
                    anchor: Some(along(&axis, (now.0 .1 + now.1 .1) / 2.0, rtl)),
                });
            }
        }
        _ => {}
    }
}

/// Safari's trackpad pinch (`gesturestart`, `gesturechange`: no wheel events), whose `scale`
/// grows from 1 as the fingers part.
fn gesture(
    event: &Event,
    start: bool,
    pointers: &mut Pointers,
    rtl: bool,
    step: &Callback<ZoomStep>,
) {
    let Some(axis) = axis_of(event) else { return };
    event.prevent_default();
    let scale = number(event, "scale");
    if start || pointers.scale <= 0.0 {
        pointers.scale = 1.0;
    }
    if scale > 0.0 && !start {
        step.emit(ZoomStep::Scale {
            permille: ((1000.0 * pointers.scale / scale).round() as i64).clamp(250, 4000),
            anchor: Some(along(&axis, number(event, "clientX"), rtl)),
        });
        pointers.scale = scale;
    }
}

/// Listens on the widget's root until dropped (a drag captures its pointer there).
pub fn axis_gestures(root: &NodeRef, rtl: bool, step: Callback<ZoomStep>) -> Vec<EventListener> {
    let Some(root) = root.cast::<Element>() else {
        return Vec::new();
    };
    let pointers = Rc::new(RefCell::new(Pointers::default()));
    let active = EventListenerOptions::enable_prevent_default();
    let in_capture = EventListenerOptions {
        phase: EventListenerPhase::Capture,
        passive: false,
    };
    let on_wheel = step.clone();
    let (down, moved, up, click) = (
        pointers.clone(),
        pointers.clone(),
        pointers.clone(),
        pointers.clone(),
    );
    let on_gesture = |start: bool, pointers: Rc<RefCell<Pointers>>, step: Callback<ZoomStep>| {
        move |e: &Event| gesture(e, start, &mut pointers.borrow_mut(), rtl, &step)
    };
    vec![
        EventListener::new_with_options(&root, "wheel", active, move |e| wheel(e, rtl, &on_wheel)),
        EventListener::new_with_options(
            &root,
            "gesturestart",
            active,
            on_gesture(true, pointers.clone(), step.clone()),
        ),
        EventListener::new_with_options(
            &root,
            "gesturechange",
            active,
            on_gesture(false, pointers, step.clone()),
        ),
        EventListener::new(&root, "pointerdown", move |e| {
            let mut p = down.borrow_mut();
            // The main button of a mouse or pen, or any touch.
            if number(e, "button") != 0.0 {
                return;
            }
            if let Some(axis) = axis_of(e) {
                if p.down.is_empty() {
                    p.travelled = 0.0;
                    p.dragged = false;
                }
                p.axis = Some(axis);
                let point = (
                    number(e, "pointerId"),
                    number(e, "clientX"),
                    number(e, "clientY"),
                );
                p.down.push(point);
            }
        }),
        EventListener::new(&root, "pointermove", move |e| {
            pointer_moved(e, &mut moved.borrow_mut(), rtl, &step)
        }),
        EventListener::new(&root, "pointerup", {
            let up = up.clone();
            move |e| {
                up.borrow_mut()
                    .down
                    .retain(|p| p.0 != number(e, "pointerId"))
            }
        }),
        EventListener::new(&root, "pointercancel", move |e| {
            up.borrow_mut()
                .down
                .retain(|p| p.0 != number(e, "pointerId"))
        }),
        // A drag's click selects nothing: it is stopped before it reaches the tab.
        EventListener::new_with_options(&root, "click", in_capture, move |e| {
            let mut p = click.borrow_mut();
            if p.dragged {
                p.dragged = false;
                e.stop_propagation();
                e.prevent_default();
            }
        }),
    ]
}
