#ifndef PACE_CNCURSES_SHIM_H
#define PACE_CNCURSES_SHIM_H
// The wide-character ncurses API (cchar_t, wget_wch, setcchar) is only declared with
// these two set before the header.
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#include <langinfo.h>
#include <poll.h>
#include <signal.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

// Everything below is `static inline` so the module needs no compiled C source.
// Swift must not read ncurses' C globals (stdscr, COLORS, LINES...) itself: they are
// mutable globals, which Swift 6 strict concurrency rejects, and several are macros.
// No function here keeps state of its own: a `static` variable in this header would
// exist once per Swift file that uses it.

// MARK: - Screen and globals

/// Starts curses on the process's stdin/stdout. `type` NULL means $TERM. Returns NULL
/// when the terminal type is unknown (newterm does not exit, unlike initscr).
static inline SCREEN *pace_newterm_stdio(const char *type) {
    return newterm(type, stdout, stdin);
}

/// Starts curses on other streams (a pty in tests).
static inline SCREEN *pace_newterm_files(const char *type, FILE *out, FILE *in) {
    return newterm(type, out, in);
}

/// A stream of its own on a copy of `fd`, so closing it leaves `fd` open.
static inline FILE *pace_fdopen_copy(int fd, const char *mode) {
    int copy = dup(fd);
    if (copy < 0) return NULL;
    FILE *f = fdopen(copy, mode);
    if (f == NULL) close(copy);
    return f;
}

static inline WINDOW *pace_stdscr(void) { return stdscr; }
static inline WINDOW *pace_curscr(void) { return curscr; }
static inline int pace_colors(void) { return COLORS; }
static inline int pace_color_pairs(void) { return COLOR_PAIRS; }
static inline int pace_lines(void) { return LINES; }
static inline int pace_cols(void) { return COLS; }
static inline int pace_err(void) { return ERR; }
static inline int pace_ok(void) { return OK; }
static inline int pace_set_escdelay(int ms) { return set_escdelay(ms); }
static inline int pace_getmaxx(WINDOW *w) { return getmaxx(w); }
static inline int pace_getmaxy(WINDOW *w) { return getmaxy(w); }

// MARK: - Locale

/// Adopts the user's character set (LC_ALL, LC_CTYPE or LANG), which ncursesw needs
/// to write UTF-8, and returns whether it is UTF-8. Only LC_CTYPE: LC_ALL would also
/// switch LC_NUMERIC, and C code in the process that formats or parses numbers with
/// printf/strtod (parsers, SQLite extensions) would start using decimal commas.
static inline int pace_setlocale_from_environment(void) {
    setlocale(LC_CTYPE, "");
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && strcmp(codeset, "UTF-8") == 0;
}

// MARK: - Terminfo

/// Whether the terminfo entry declares direct colour. ncurses accepts `RGB` as a
/// boolean, number or string capability (user_caps(5)), so all three are checked.
/// tigetstr returns (char *)-1 for "not a string capability" and NULL for "absent".
static inline int pace_terminfo_has_rgb(void) {
    if (tigetflag("RGB") > 0) return 1;
    if (tigetnum("RGB") > 0) return 1;
    char *s = tigetstr("RGB");
    return s != NULL && s != (char *)-1;
}

/// The terminfo `colors` number (-1 absent, -2 not numeric).
static inline int pace_terminfo_colors(void) { return tigetnum("colors"); }

// MARK: - Attributes (NCURSES_BITS macros Swift cannot import)

static inline attr_t pace_a_normal(void) { return A_NORMAL; }
static inline attr_t pace_a_bold(void) { return A_BOLD; }
static inline attr_t pace_a_dim(void) { return A_DIM; }
static inline attr_t pace_a_underline(void) { return A_UNDERLINE; }
static inline attr_t pace_a_reverse(void) { return A_REVERSE; }
static inline attr_t pace_a_italic(void) { return A_ITALIC; }
static inline attr_t pace_a_standout(void) { return A_STANDOUT; }

// MARK: - Colour pairs

/// Defines pair `pair` with extended colour numbers (ncurses 6.1+), so direct-colour
/// values above 32767 and pair numbers above 32767 work.
static inline int pace_init_pair(int pair, int fg, int bg) {
    return init_extended_pair(pair, fg, bg);
}

// MARK: - Output

/// Writes one cell at (y, x): `wcs` is a NUL-terminated spacing character followed by
/// at most CCHARW_MAX-1 combining characters. The pair number goes through setcchar's
/// `opts` pointer so pairs above 32767 are not truncated to a short.
/// Returns ERR when the character cannot be stored (then nothing is written).
static inline int pace_put_cell(WINDOW *w, int y, int x, const wchar_t *wcs, attr_t attrs, int pair) {
    cchar_t cc;
    int extended_pair = pair;
    short short_pair = pair <= 0x7fff ? (short)pair : 0;
    if (setcchar(&cc, wcs, attrs, short_pair, &extended_pair) == ERR) return ERR;
    // Writing the bottom-right cell returns ERR because the cursor cannot advance past
    // it (scrolling is off), although the cell is stored: report OK for that case.
    int rc = mvwadd_wch(w, y, x, &cc);
    if (rc == ERR && y == getmaxy(w) - 1 && x >= getmaxx(w) - 2) return OK;
    return rc;
}

static inline int pace_char_width(wchar_t c) { return wcwidth(c); }

// MARK: - Input

/// What wget_wch returned: PACE_INPUT_NONE (ERR: timeout or error), PACE_INPUT_CHAR
/// (a character, `code` is its wchar value) or PACE_INPUT_KEY (KEY_CODE_YES, `code`
/// is a KEY_* number).
enum {
    PACE_INPUT_NONE = 0,
    PACE_INPUT_CHAR = 1,
    PACE_INPUT_KEY = 2,
};

typedef struct {
    int kind;
    uint32_t code;
} pace_input;

static inline pace_input pace_get_wch(WINDOW *w) {
    wint_t ch = 0;
    int rc = wget_wch(w, &ch);
    pace_input result;
    if (rc == KEY_CODE_YES) {
        result.kind = PACE_INPUT_KEY;
    } else if (rc == OK) {
        result.kind = PACE_INPUT_CHAR;
    } else {
        result.kind = PACE_INPUT_NONE;
        ch = 0;
    }
    result.code = (uint32_t)ch;
    return result;
}

/// Key codes, as a C enum because KEY_F(n) is a function-like macro and the octal
/// KEY_* macros are only guaranteed under NCURSES_EXT_FUNCS.
enum {
    PACE_KEY_DOWN = KEY_DOWN,
    PACE_KEY_UP = KEY_UP,
    PACE_KEY_LEFT = KEY_LEFT,
    PACE_KEY_RIGHT = KEY_RIGHT,
    PACE_KEY_HOME = KEY_HOME,
    PACE_KEY_END = KEY_END,
    PACE_KEY_BACKSPACE = KEY_BACKSPACE,
    PACE_KEY_F0 = KEY_F0,
    PACE_KEY_DC = KEY_DC,
    PACE_KEY_IC = KEY_IC,
    PACE_KEY_NPAGE = KEY_NPAGE,
    PACE_KEY_PPAGE = KEY_PPAGE,
    PACE_KEY_ENTER = KEY_ENTER,
    PACE_KEY_BTAB = KEY_BTAB,
    PACE_KEY_BEG = KEY_BEG,
    PACE_KEY_A1 = KEY_A1,
    PACE_KEY_A3 = KEY_A3,
    PACE_KEY_B2 = KEY_B2,
    PACE_KEY_C1 = KEY_C1,
    PACE_KEY_C3 = KEY_C3,
    PACE_KEY_SELECT = KEY_SELECT,
    PACE_KEY_FIND = KEY_FIND,
    PACE_KEY_MOUSE = KEY_MOUSE,
    PACE_KEY_RESIZE = KEY_RESIZE,
};

static inline int pace_key_f(int n) { return KEY_F(n); }

// MARK: - Mouse

typedef struct {
    int ok;
    int x;
    int y;
    uint64_t bstate;
} pace_mouse;

static inline pace_mouse pace_getmouse(void) {
    MEVENT ev;
    pace_mouse result = {0, 0, 0, 0};
    if (getmouse(&ev) == OK) {
        result.ok = 1;
        result.x = ev.x;
        result.y = ev.y;
        result.bstate = (uint64_t)ev.bstate;
    }
    return result;
}

/// Asks for button-1 press/release and the wheel (buttons 4 and 5). Returns the mask
/// ncurses granted (0: no mouse).
static inline uint64_t pace_mousemask(uint64_t mask) {
    return (uint64_t)mousemask((mmask_t)mask, NULL);
}

static inline uint64_t pace_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline uint64_t pace_button1_released(void) { return BUTTON1_RELEASED; }
static inline uint64_t pace_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline uint64_t pace_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline uint64_t pace_button5_pressed(void) { return BUTTON5_PRESSED; }

// MARK: - Signals

/// Installs `handler` for `sig` and stores the previous disposition in `old`, so it can
/// be put back. No SA_RESTART: an interrupted wget_wch returns at once, which wakes
/// the run loop to look at the flag instead of finishing its timeout first.
static inline int pace_install_signal_handler(int sig, void (*handler)(int), struct sigaction *old) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = handler;
    sigemptyset(&sa.sa_mask);
    return sigaction(sig, &sa, old);
}

/// Ignores `sig` (used for SIGPIPE, so writing to a closed terminal fails with EPIPE
/// instead of killing the process before it can restore anything).
static inline int pace_ignore_signal(int sig, struct sigaction *old) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = SIG_IGN;
    sigemptyset(&sa.sa_mask);
    return sigaction(sig, &sa, old);
}

/// Puts back the default action for `sig` and raises it again: for a second SIGINT or
/// SIGTERM while the first is still unanswered (the app is stuck), so the user can
/// always end the process. Both calls are async-signal-safe.
static inline void pace_default_and_raise(int sig) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = SIG_DFL;
    sigemptyset(&sa.sa_mask);
    sigaction(sig, &sa, NULL);
    raise(sig);
}

static inline int pace_restore_signal(int sig, const struct sigaction *old) {
    return sigaction(sig, old, NULL);
}

/// The flag a handler sets. The storage is owned by Swift; the accesses are here so
/// they are volatile sig_atomic_t accesses, the one kind C promises is safe between a
/// signal handler and the code it interrupted.
static inline void pace_signal_slot_store(volatile sig_atomic_t *slot, int value) { *slot = value; }
static inline int pace_signal_slot_load(const volatile sig_atomic_t *slot) { return *slot; }

// MARK: - Is the terminal still there?

/// 1 when `fd` no longer reaches a terminal: after a hangup the kernel makes isatty
/// fail and poll report POLLHUP/POLLERR, while read returns EOF at once (which would
/// make a loop around wget_wch spin).
static inline int pace_terminal_gone(int fd) {
    if (!isatty(fd)) return 1;
    struct pollfd p;
    p.fd = fd;
    p.events = POLLIN;
    p.revents = 0;
    if (poll(&p, 1, 0) < 0) return 0;
    return (p.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}

#endif
