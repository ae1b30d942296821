#!/usr/bin/env python3
"""Summarises a dotnet-trace speedscope file: where the build's threads spent their time.

    python3 bench/trace_summary.py TRACE.speedscope.json [--top 25] [--match AppealHandbook]

Prints the wall-clock time the main thread spent inside each engine module's Execute, and,
summed over all threads, the CPU time (dotnet-trace's CPU_TIME samples) of each frame:
inclusive (a frame that recurses counts once per stack), self, and by innermost engine frame
(AppealHandbook.*), optionally only below a frame (--inside Array.Copy, --inside PollGC).
Python 3 standard library only.
"""
import argparse
import json
import re
from collections import defaultdict


def cpu_samples(profile, frames):
    """Yields (stack, ms) for each CPU_TIME interval of a thread: the frames (ids) above it, outermost first."""
    stack, opened = [], []
    for ev in profile["events"]:
        f, at = ev["frame"], ev["at"]
        if ev["type"] == "O":
            stack.append(f)
            opened.append(at)
        elif stack:
            stack.pop()
            start = opened.pop()
            if frames[f] == "CPU_TIME":
                yield stack, at - start


def walk(profile, frames, incl, self_t):
    """CPU time only: each CPU_TIME interval counts for every distinct frame on its stack
    (inclusive) and for the frame directly above it (self)."""
    for stack, dur in cpu_samples(profile, frames):
        for g in set(stack):
            incl[frames[g]] += dur
        if stack:
            self_t[frames[stack[-1]]] += dur


def by_engine_frame(profile, frames, table, inside=""):
    """CPU time attributed to the innermost engine frame (AppealHandbook.*) on the stack; with
    `inside`, only CPU time spent below a frame whose name contains that text."""
    for stack, dur in cpu_samples(profile, frames):
        names = [frames[g] for g in stack]
        if inside and not any(inside in n for n in names):
            continue
        owner = next((n for n in reversed(names) if n.startswith("AppealHandbook.Engine!")), "(outside the engine)")
        table[owner] += dur


def module_spans(profile, frames, pattern):
    """Wall time of the main thread inside frames matching pattern (outermost only)."""
    spans = defaultdict(float)
    stack = []
    for ev in profile["events"]:
        name = frames[ev["frame"]]
        if ev["type"] == "O":
            stack.append((name, ev["at"]))
        elif stack:
            n, start = stack.pop()
            if pattern.search(n) and not any(pattern.search(s[0]) for s in stack):
                spans[n] += ev["at"] - start
    return spans


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("trace")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--match", default="", help="only frames whose name contains this text")
    ap.add_argument("--inside", default="", help="engine table: only CPU time below a frame containing this text")
    a = ap.parse_args()
    d = json.load(open(a.trace, encoding="utf-8"))
    frames = [f["name"] for f in d["shared"]["frames"]]
    incl, self_t = defaultdict(float), defaultdict(float)
    for p in d["profiles"]:
        walk(p, frames, incl, self_t)

    def short(n):
        # AppealHandbook.Engine!AppealHandbook.Search.BuildSearchIndex.Execute(class ...) -> Search.BuildSearchIndex.Execute
        n = re.sub(r"^AppealHandbook\.Engine!AppealHandbook\.", "", n)
        n = re.sub(r"\(.*\)$", "", n) if "(" in n and not n.startswith("(") else n
        n = re.sub(r"\+<>c__DisplayClass[0-9_]+\.<(\w+)>b__[0-9_]+$", r" (lambda in \1)", n)
        n = re.sub(r"\+<>c__DisplayClass[0-9_]+\.<(\w+)>g__(\w+)\|[0-9_]+$", r".\1 > local \2", n)
        return n if len(n) <= 150 else n[:147] + "..."

    def show(title, table):
        print(f"\n{title}")
        print("| ms | frame |\n|---:|---|")
        rows = [(v, k) for k, v in table.items() if a.match in k]
        for v, k in sorted(rows, reverse=True)[:a.top]:
            print(f"| {v:,.0f} | `{short(k)}` |")

    main_profile = max(d["profiles"], key=lambda p: p["endValue"] - p["startValue"])
    print(f"main thread span: {main_profile['endValue'] - main_profile['startValue']:,.0f} ms; "
          f"{len(d['profiles'])} threads")
    spans = module_spans(main_profile, frames, re.compile(r"AppealHandbook\.[A-Za-z.]+\.[A-Za-z]+\.Execute\("))
    print("\nMain thread, wall time inside each module's Execute:")
    print("| ms | module |\n|---:|---|")
    for n, v in sorted(spans.items(), key=lambda kv: -kv[1]):
        if v >= 1:
            print(f"| {v:,.0f} | `{short(n)}` |")
    show("CPU time, inclusive, all threads:", incl)
    show("CPU time, self, all threads:", self_t)
    owners = defaultdict(float)
    for p in d["profiles"]:
        by_engine_frame(p, frames, owners, a.inside)
    show("CPU time by innermost engine frame" + (f" (below {a.inside})" if a.inside else "") + ":", owners)


if __name__ == "__main__":
    main()
