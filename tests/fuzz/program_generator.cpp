#include "tests/fuzz/program_generator.hpp"

#include <string_view>

// A recursive generator over a fixed vocabulary. Names that may be read anywhere are always
// bound first (a, b, i are set at the top of every function and of the module), so a generated
// script can raise ZeroDivisionError or OverflowError but never fails to compile. The statement
// budget bounds the script's size whatever the input says.

namespace il::fuzz {
namespace {

constexpr int kHelpers = 2;     // f0, f1: plain functions (f1 may call f0)
constexpr int kWorkers = 3;     // worker0..2: thread targets
constexpr int kMaxDepth = 3;    // nesting of blocks
constexpr int kBudget = 80;     // statements per script

const char* const kPrelude = R"(import threading
import queue
import time
from interleave import work

g0 = 0
g1 = 1
items = []
table = {}
lock0 = threading.Lock()
lock1 = threading.RLock()
sem = threading.Semaphore(2)
ev = threading.Event()
cond = threading.Condition()
q = queue.Queue(maxsize=3)
)";

class Generator {
public:
    explicit Generator(ByteSource& in) : m_in(in) {}

    std::string program() {
        m_out = kPrelude;
        for (int f = 0; f < kHelpers; ++f) function("f" + std::to_string(f), "a, b", f, false);
        for (int w = 0; w < kWorkers; ++w) function("worker" + std::to_string(w), "a", kHelpers, true);
        m_out += "\na = 0\nb = 0\ni = 0\nthreads = []\n";
        const unsigned threads = 1 + m_in.below(kWorkers + 1);
        for (unsigned t = 0; t < threads; ++t) {
            m_out += "threads.append(threading.Thread(target=worker" + std::to_string(m_in.below(kWorkers)) +
                     ", args=(" + std::to_string(t) + ",)))\n";
        }
        m_out += "for t in threads:\n    t.start()\n";
        m_callable = kHelpers;
        m_inFunction = false;
        block(0);
        m_out += "for t in threads:\n    t.join()\nprint(g0, g1, len(items), sorted(table.items()))\n";
        return m_out;
    }

private:
    // function() writes `def name(params):` whose body may call helpers below `callable`.
    void function(const std::string& name, const std::string& params, int callable, bool worker) {
        m_out += "\ndef " + name + "(" + params + "):\n    global g0, g1\n";
        if (worker) m_out += "    b = 0\n";
        m_out += "    i = 0\n";
        m_callable = callable;
        m_inFunction = true;
        block(1);
        m_out += "    return " + expr(0) + "\n";
    }

    void indent(int depth) { m_out.append(size_t(depth) * 4, ' '); }
    void line(int depth, const std::string& text) {
        indent(depth);
        m_out += text;
        m_out += '\n';
    }

    // block() writes one to three statements at `depth` (at least one, so it is never empty).
    void block(int depth) {
        const unsigned n = 1 + m_in.below(3);
        for (unsigned k = 0; k < n; ++k) statement(depth);
    }

    std::string var() {
        static const char* const names[] = {"a", "b", "i", "g0", "g1"};
        return names[m_in.below(5)];
    }

    std::string expr(int depth) {
        const unsigned pick = depth >= 3 ? m_in.below(4) : m_in.below(14);
        switch (pick) {
            case 0: return std::to_string(m_in.below(10));
            case 1: case 2: return var();
            case 3: return "len(items)";
            case 4: case 5: case 6: {
                static const char* const ops[] = {"+", "-", "*", "//", "%", "&", "|", "^", "<<", "**", "+", "-"};
                return "(" + expr(depth + 1) + " " + ops[m_in.below(12)] + " " + expr(depth + 1) + ")";
            }
            case 7: return "min(" + expr(depth + 1) + ", " + expr(depth + 1) + ")";
            case 8: return "abs(" + expr(depth + 1) + ")";
            case 9: return "table.get(" + expr(depth + 1) + ", 0)";
            case 10: return "(items[" + expr(depth + 1) + " % len(items)] if items else 0)";
            case 11: return "q.qsize()";
            case 12:
                if (m_callable > 0)
                    return "f" + std::to_string(m_in.below(unsigned(m_callable))) + "(" + expr(depth + 1) + ", " +
                           expr(depth + 1) + ")";
                return "1";
            default: return "len(str(" + expr(depth + 1) + "))";
        }
    }

    std::string condition() {
        static const char* const cmps[] = {"<", "<=", "==", "!=", ">", ">="};
        switch (m_in.below(4)) {
            case 0: return "not " + expr(1);
            case 1: return expr(1) + " " + cmps[m_in.below(6)] + " " + expr(1) + " and " + expr(2);
            default: return expr(1) + " " + cmps[m_in.below(6)] + " " + expr(1);
        }
    }

    // statement() writes one statement at `depth`; compound ones only while depth and budget last.
    void statement(int depth) {
        if (m_budget <= 0) {
            line(depth, "pass");
            return;
        }
        --m_budget;
        const bool nest = depth < kMaxDepth;
        const unsigned pick = m_in.below(nest ? 26 : 14);
        const std::string d = std::to_string(depth);
        switch (pick) {
            case 0: case 1: line(depth, var() + " = " + expr(0)); break;
            case 2: line(depth, var() + " += " + expr(0)); break;
            case 3: line(depth, "print(" + expr(0) + ", " + expr(1) + ")"); break;
            case 4: line(depth, "items.append(" + expr(0) + ")"); break;
            case 5:
                line(depth, "if items:");
                line(depth + 1, "b = items.pop()");
                break;
            case 6: line(depth, "table[" + expr(1) + " % 5] = " + expr(0)); break;
            case 7: line(depth, "time.sleep(0.00" + std::to_string(m_in.below(10)) + ")"); break;
            case 8: line(depth, "work(" + std::to_string(m_in.below(4)) + ")"); break;
            case 9:
                line(depth, "try:");
                line(depth + 1, "q.put(" + expr(0) + ", timeout=0.01)");
                line(depth, "except queue.Full:");
                line(depth + 1, "g1 += 1");
                break;
            case 10:
                line(depth, "try:");
                line(depth + 1, "b = q.get(timeout=0.0" + std::to_string(m_in.below(3)) + ")");
                line(depth, "except queue.Empty:");
                line(depth + 1, "b = -1");
                break;
            case 11: {
                static const char* const evs[] = {"ev.set()", "ev.clear()", "ev.wait(0.01)", "q.put(a)"};
                line(depth, evs[m_in.below(4)]);
                break;
            }
            case 12:
                if (m_callable > 0) {
                    line(depth, "b = f" + std::to_string(m_in.below(unsigned(m_callable))) + "(" + expr(1) + ", " +
                                    expr(1) + ")");
                } else {
                    line(depth, "b = b + 1");
                }
                break;
            case 13:
                if (m_loops > 0) line(depth, m_in.below(2) ? "break" : "continue");
                else if (m_inFunction && m_in.below(4) == 0) line(depth, "return " + expr(1));
                else line(depth, "g0 = g0 + 1");
                break;
            case 14: case 15:
                line(depth, std::string("with ") + (m_in.below(2) ? "lock0" : "lock1") + ":");
                block(depth + 1);
                break;
            case 16:
                line(depth, "if " + condition() + ":");
                block(depth + 1);
                elseBlock(depth);
                break;
            case 17: loop(depth, "for i in range(" + std::to_string(m_in.below(5)) + "):"); break;
            case 18:
                line(depth, "n" + d + " = " + std::to_string(m_in.below(5)));
                loop(depth, "while n" + d + " > 0:", "n" + d + " -= 1");
                break;
            case 19:
                line(depth, "try:");
                block(depth + 1);
                line(depth, "except ZeroDivisionError:");
                line(depth + 1, "print('zero')");
                line(depth, "except Exception as ex:");
                line(depth + 1, "print(type(ex).__name__, ex)");
                if (m_in.below(2)) {
                    line(depth, "finally:");
                    line(depth + 1, "g1 = g1 + 1");
                }
                break;
            case 20:
                line(depth, "with sem:");
                block(depth + 1);
                break;
            case 21:
                line(depth, "with cond:");
                line(depth + 1, m_in.below(2) ? "cond.notify_all()" : "cond.wait(0.01)");
                break;
            case 22:
                line(depth, "lock0.acquire()");
                block(depth);  // same level: acquire() and release() are plain statements
                line(depth, "lock0.release()");
                break;
            case 23:
                if (m_callable > 0) {
                    line(depth, "threading.Thread(target=f" + std::to_string(m_in.below(unsigned(m_callable))) +
                                    ", args=(" + expr(1) + ", " + expr(1) + ")).start()");
                } else {
                    line(depth, "ev.set()");
                }
                break;
            case 24:
                line(depth, "if " + expr(1) + " > 7:");
                line(depth + 1, "raise ValueError(" + expr(1) + ")");
                break;
            default: line(depth, "items.extend([" + expr(1) + ", " + expr(2) + "])"); break;
        }
    }

    void elseBlock(int depth) {
        if (m_in.below(2) == 0) return;
        line(depth, "else:");
        block(depth + 1);
    }

    // loop() writes a loop header and body; `first` is the body's first statement (a counter).
    void loop(int depth, const std::string& header, const std::string& first = "") {
        line(depth, header);
        if (!first.empty()) line(depth + 1, first);
        ++m_loops;
        block(depth + 1);
        --m_loops;
    }

    ByteSource& m_in;
    std::string m_out;
    int m_budget = kBudget;
    int m_callable = 0;  // helpers f0..f(m_callable-1) may be called here (no recursion)
    int m_loops = 0;     // enclosing loops in this function (break/continue allowed)
    bool m_inFunction = false;
};

}  // namespace

std::string generateProgram(ByteSource& in) { return Generator(in).program(); }

}  // namespace il::fuzz
