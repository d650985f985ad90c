#!/usr/bin/env python3
"""conlleval-compatible scorer (exact-match spans, micro-averaged P/R/F1).

Reads CoNLL lines where the last column is the predicted tag and the one
before it the gold tag (what `resalta tag` writes for annotated input).
Chunk boundaries follow conlleval.pl, so IOB1 and IOB2 both score right.
Usage: conlleval.py [FILE|-]   (stdlib only)
"""
import sys


def split_tag(tag):
    if tag == "O" or len(tag) < 2 or tag[1] != "-":
        return "O", ""
    return tag[0], tag[2:]


def end_of_chunk(pt, ptype, t, type_):
    return ((pt == "B" and t in ("B", "O")) or (pt == "I" and t in ("B", "O"))
            or (pt != "O" and pt != "." and ptype != type_))


def start_of_chunk(pt, ptype, t, type_):
    return ((t == "B" and pt in ("B", "I", "O")) or (pt == "O" and t == "I")
            or (t != "O" and t != "." and ptype != type_))


def chunks(tags):
    """Yields (start, end, type) spans of one tag sequence (with boundary 'O's)."""
    out = []
    pt, ptype, start = "O", "", None
    for i, tag in enumerate(list(tags) + ["O"]):
        t, type_ = split_tag(tag)
        if start is not None and end_of_chunk(pt, ptype, t, type_):
            out.append((start, i, ptype))
            start = None
        if i < len(tags) and start_of_chunk(pt, ptype, t, type_):
            start = i
        pt, ptype = t, type_
    return out


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "-"
    f = sys.stdin if path == "-" else open(path, encoding="utf-8")
    gold, pred = [], []
    tokens = 0
    for line in f:
        cols = line.split()
        if not cols or cols[0] == "-DOCSTART-":
            gold.append("O")  # sentence boundary: closes any open chunk
            pred.append("O")
            continue
        if len(cols) < 3:
            sys.exit("conlleval: line needs gold and predicted tags: " + line.rstrip())
        gold.append(cols[-2])
        pred.append(cols[-1])
        tokens += 1
    g, p = set(chunks(gold)), set(chunks(pred))
    types = sorted({c[2] for c in g | p})
    def prf(c, found, want):
        P = 100.0 * c / found if found else 0.0
        R = 100.0 * c / want if want else 0.0
        F = 2 * P * R / (P + R) if P + R else 0.0
        return P, R, F
    correct = len(g & p)
    P, R, F = prf(correct, len(p), len(g))
    print(f"processed {tokens} tokens with {len(g)} phrases; found: {len(p)} phrases; correct: {correct}.")
    print(f"{'overall':<8} precision: {P:6.2f}%; recall: {R:6.2f}%; FB1: {F:6.2f}")
    for t in types:
        gt = {c for c in g if c[2] == t}
        pt = {c for c in p if c[2] == t}
        P, R, F = prf(len(gt & pt), len(pt), len(gt))
        print(f"{t:<8} precision: {P:6.2f}%; recall: {R:6.2f}%; FB1: {F:6.2f}  {len(pt)} found, {len(gt)} gold")


if __name__ == "__main__":
    main()
