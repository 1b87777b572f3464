//! What tally asks on a terminal, and how a question is left: Enter
//! answers, Esc cancels the command (`cancelled`, exit 130, nothing
//! changed), and Ctrl-C ends it as an interrupt does, after giving the
//! terminal back as it was (a prompt hides the cursor while it draws).

use std::io::IsTerminal;
use std::sync::Once;
use std::sync::atomic::{AtomicBool, AtomicPtr, Ordering};

use console::{Key, Term};

use crate::error::{Code, Error, Result};

/// The answer Esc gives: the command ends and nothing was changed.
pub fn cancelled() -> Error {
    Error::new(Code::Cancelled, "cancelled; nothing was changed")
        .hint("run the command again to answer, or give every value as a flag")
}

/// A prompt that could not be drawn or read (the terminal went away).
pub fn prompt_error(e: impl std::fmt::Display) -> Error {
    Error::new(Code::ConfirmationRequired, format!("prompt ended: {e}"))
        .hint("answer the prompt, or give every value as a flag")
}

/// Yes or no; `default` on Enter.
pub fn confirm(question: &str, default: bool) -> Result<bool> {
    guard();
    dialoguer::Confirm::new()
        .with_prompt(question)
        .default(default)
        .interact_opt()
        .map_err(prompt_error)?
        .ok_or_else(cancelled)
}

/// One of a few `items`, with the arrow keys.
pub fn select(prompt: &str, items: &[&str]) -> Result<usize> {
    guard();
    dialoguer::Select::new()
        .with_prompt(prompt)
        .items(items)
        .default(0)
        .interact_opt()
        .map_err(prompt_error)?
        .ok_or_else(cancelled)
}

/// One of many `items`: typing narrows the list, the arrow keys move in it.
pub fn pick(prompt: &str, items: &[String]) -> Result<usize> {
    guard();
    dialoguer::FuzzySelect::new()
        .with_prompt(prompt)
        .items(items)
        .default(0)
        .interact_opt()
        .map_err(prompt_error)?
        .ok_or_else(cancelled)
}

/// A line of text, asked again while `check` finds the answer malformed or
/// taken (`invalid_input`, `already_exists`: what is wrong is shown under
/// it); any other refusal ends the command.
pub fn text(prompt: &str, check: impl Fn(&str) -> Result<()>) -> Result<String> {
    guard();
    let term = Term::stderr();
    loop {
        let answer = read_line(&term, prompt)?;
        match check(&answer) {
            Ok(()) => return Ok(answer),
            Err(e) if matches!(e.code, Code::InvalidInput | Code::AlreadyExists) => {
                let why = match &e.hint {
                    Some(hint) => format!("error: {}\nhint: {hint}", e.message),
                    None => format!("error: {}", e.message),
                };
                term.write_line(&why).map_err(prompt_error)?;
            }
            Err(e) => return Err(e),
        }
    }
}

/// Reads one line after `prompt: `, with the keys of a line editor: left,
/// right, home, end, backspace, delete; Enter ends it, Esc cancels.
fn read_line(term: &Term, prompt: &str) -> Result<String> {
    let head = format!("{prompt}: ");
    term.write_str(&head).map_err(prompt_error)?;
    term.flush().map_err(prompt_error)?;
    let mut chars: Vec<char> = Vec::new();
    let mut at = 0;
    loop {
        match term.read_key().map_err(prompt_error)? {
            Key::Enter => {
                term.write_line("").map_err(prompt_error)?;
                return Ok(chars.into_iter().collect());
            }
            Key::Escape => {
                term.write_line("").map_err(prompt_error)?;
                return Err(cancelled());
            }
            Key::Char(c) if !c.is_control() => {
                chars.insert(at, c);
                at += 1;
            }
            Key::Backspace if at > 0 => {
                at -= 1;
                chars.remove(at);
            }
            Key::Del if at < chars.len() => {
                chars.remove(at);
            }
            Key::ArrowLeft if at > 0 => at -= 1,
            Key::ArrowRight if at < chars.len() => at += 1,
            Key::Home => at = 0,
            Key::End => at = chars.len(),
            _ => continue,
        }
        // The whole line again, the cursor put back where it is editing.
        let line: String = chars.iter().collect();
        let after: String = chars[at..].iter().collect();
        term.clear_line().map_err(prompt_error)?;
        term.write_str(&format!("{head}{line}"))
            .map_err(prompt_error)?;
        let back = console::measure_text_width(&after);
        if back > 0 {
            term.move_cursor_left(back).map_err(prompt_error)?;
        }
        term.flush().map_err(prompt_error)?;
    }
}

/// The terminal's settings before any prompt, put back by the handler.
static SAVED: AtomicPtr<libc::termios> = AtomicPtr::new(std::ptr::null_mut());
/// Whether stderr, where prompts are drawn, is a terminal.
static STDERR_TERMINAL: AtomicBool = AtomicBool::new(false);

/// Installs, once, a handler of SIGINT and SIGTERM that gives the terminal
/// back as it was (its settings, and the cursor that a prompt hides) and
/// then lets the signal end tally as it would have: the shell sees an
/// interrupt (status 130 for Ctrl-C), and a script that ran tally stops too.
/// A prompt reads keys in raw mode, where Ctrl-C is a key: the prompt's
/// library then raises SIGINT itself.
pub fn guard() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        STDERR_TERMINAL.store(std::io::stderr().is_terminal(), Ordering::Release);
        // SAFETY: all-zero is a valid termios; tcgetattr fills it in.
        let mut t: libc::termios = unsafe { std::mem::zeroed() };
        // SAFETY: a valid pointer to a termios for the call.
        if unsafe { libc::tcgetattr(libc::STDIN_FILENO, &mut t) } == 0 {
            // Leaked: the handler may read it until the process ends.
            SAVED.store(Box::into_raw(Box::new(t)), Ordering::Release);
        }
        for signal in [libc::SIGINT, libc::SIGTERM] {
            // SAFETY: all-zero is a valid sigaction; the handler only makes
            // async-signal-safe calls.
            unsafe {
                let mut action: libc::sigaction = std::mem::zeroed();
                action.sa_sigaction = on_signal as *const () as libc::sighandler_t;
                libc::sigemptyset(&mut action.sa_mask);
                libc::sigaction(signal, &action, std::ptr::null_mut());
            }
        }
    });
}

/// Async-signal-safe only: atomics, tcsetattr, write, signal and raise.
extern "C" fn on_signal(signal: libc::c_int) {
    const SHOW_CURSOR: &[u8] = b"\x1b[?25h";
    let saved = SAVED.load(Ordering::Acquire);
    // SAFETY: `saved` is null or the leaked termios; the rest are plain
    // system calls on fds and signals of this process.
    unsafe {
        if !saved.is_null() {
            libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, saved);
        }
        if STDERR_TERMINAL.load(Ordering::Acquire) {
            libc::write(
                libc::STDERR_FILENO,
                SHOW_CURSOR.as_ptr().cast(),
                SHOW_CURSOR.len(),
            );
        }
        // The signal is blocked while its handler runs: raised again with
        // its default action, it ends the process once this returns.
        libc::signal(signal, libc::SIG_DFL);
        libc::raise(signal);
    }
}
