#!/usr/bin/env python3
"""Issue 14 stage 1: a small neural entity tagger prototype (torch, CPU).

Frozen fastText word vectors (lowercased words, the first --vocab of the .vec
file), a character CNN and the C++ tagger's own token analysis (cap bin,
gazetteer bits, trigger-word class, caps sentence, shape flags: `resalta-train
tokinfo`), one BiLSTM layer, per-token softmax over the CoNLL IOB2 labels.
Prints dev F1 alone (Viterbi under IOB2 constraints on the log-probs) after
each epoch; --dump writes per-token log-probs (9 a line, a blank line after
each sentence); --export writes the model's neural section (layout in
core/src/tagger/neural.h, branch neural-inference) for `resalta-train
attach-neural`. Not shipped: the result was negative (core/models/MODEL_CARD.md,
"Issue 14, stage 1: a small neural tagger").

  T=build/native/resalta-train; D=../shared/data/conll2002; C=.cache/tagger
  $T tokinfo --model core/models/es.bin --data $D/esp.train > train.tok
  $T tokinfo --model core/models/es.bin --data $D/esp.testa > testa.tok
  tail -n +2 $C/ft-cbow-d50-e2.vec | cut -d' ' -f1 | awk '{print $0 " O"; print ""}' > vocab.conll
  $T tokinfo --model core/models/es.bin --data vocab.conll > vocab.tok
  nice -n 5 /usr/bin/python3 core/train/neural/proto.py --train $D/esp.train --dev $D/esp.testa \
      --tokinfo train.tok,testa.tok --vocab-keys vocab.tok --vec $C/ft-cbow-d50-e2.vec \
      --vocab 100000 --epochs 8 --lr 4e-3 --dropout 0.25 --threads 1
"""
import argparse
import random
import sys
import time

import numpy as np
import torch
import torch.nn as nn

LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
LID = {l: i for i, l in enumerate(LABELS)}


def read_conll(path):
    sents, cur = [], []
    for line in open(path, encoding="utf-8", errors="replace"):
        p = line.split()
        if not p:
            if cur:
                sents.append(cur)
            cur = []
            continue
        if p[0] == "-DOCSTART-":
            continue
        cur.append((p[0], p[-1]))
    if cur:
        sents.append(cur)
    return sents


NTOK = 28  # cap bin one-hot 6, gazetteer bits 6, word class one-hot 6, caps sentence, 8 flag bits, first


def read_tokinfo(path, sents):
    """Per-token features the C++ tagger computes (TokenInfo: cap_bin, gaz,
    wclass, sent_caps), dumped in sentence order; attached as s[t][2]."""
    rows, cur = [], []
    for line in open(path):
        p = line.split()
        if not p:
            rows.append(cur)
            cur = []
            continue
        cb, gz, wc, sc, fl, key = map(int, p)
        v = [0.0] * NTOK
        v[min(cb, 5)] = 1.0
        for b in range(6):
            if gz >> b & 1:
                v[6 + b] = 1.0
        v[12 + min(wc, 5)] = 1.0
        v[18] = float(sc)
        for b in range(8):
            if fl >> b & 1:
                v[19 + b] = 1.0
        v[27] = 1.0 if not cur else 0.0
        cur.append((v, key))
    rows = [r for r in rows if r]  # the CLI tags a trailing empty sentence
    assert len(rows) == len(sents), (len(rows), len(sents))
    out = []
    for s, r in zip(sents, rows):
        assert len(s) == len(r)
        out.append([(w, l, v, k) for (w, l), (v, k) in zip(s, r)])
    return out


def load_vec(path, vocab):
    words, vecs = [], []
    with open(path, encoding="utf-8", errors="replace") as f:
        n, d = map(int, f.readline().split())
        for line in f:
            p = line.rstrip("\n").split(" ")
            if len(p) < d + 1:
                continue
            words.append(p[0])
            vecs.append([float(x) for x in p[1:d + 1]])
            if len(words) >= vocab:
                break
    return words, np.asarray(vecs, dtype=np.float32)


class Net(nn.Module):
    def __init__(self, emb, nchars, args):
        super().__init__()
        V, D = emb.shape
        self.wemb = nn.Embedding(V + 2, D)  # 0 pad, 1 unk
        w = torch.zeros(V + 2, D)
        w[2:] = torch.from_numpy(emb)
        self.wemb.weight.data.copy_(w)
        self.wemb.weight.requires_grad = not args.freeze is True
        self.cemb = nn.Embedding(nchars, args.char_dim, padding_idx=0)
        self.conv = nn.Conv1d(args.char_dim, args.char_filters, 3, padding=1)
        ind = D + args.char_filters + NTOK
        self.proj = nn.Linear(ind, args.proj) if args.proj else None
        if self.proj is not None:
            ind = args.proj
        self.drop = nn.Dropout(args.dropout)
        self.arch = args.arch
        if args.arch == "lstm":
            self.lstm = nn.LSTM(ind, args.hidden, batch_first=True, bidirectional=True)
            outd = 2 * args.hidden
        else:  # window CNN over tokens: two layers of width 3 (5 tokens seen)
            self.c1 = nn.Conv1d(ind, args.hidden, 3, padding=1)
            self.c2 = nn.Conv1d(args.hidden, args.hidden, 3, padding=1)
            outd = args.hidden
        self.out = nn.Linear(outd, len(LABELS))

    def forward(self, wid, cid, tok):
        B, T = wid.shape
        c = self.cemb(cid.view(B * T, -1)).transpose(1, 2)
        # Max over the word's own characters only (zero padding at the edges),
        # so a C++ loop over the characters gives the same numbers.
        mask = (cid.view(B * T, 1, -1) != 0).float()
        c = (torch.relu(self.conv(c)) * mask).max(dim=2).values.view(B, T, -1)
        x = torch.cat([self.wemb(wid), c, tok], dim=2)
        x = self.drop(x)
        if self.proj is not None:
            x = torch.tanh(self.proj(x))
        if self.arch == "lstm":
            lens = (wid != 0).sum(1)
            pk = nn.utils.rnn.pack_padded_sequence(x, lens, batch_first=True, enforce_sorted=False)
            h, _ = self.lstm(pk)
            h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=T)
        else:
            # Zero the padding tokens between layers so a sentence's outputs
            # do not depend on its batch neighbours' lengths.
            m = (wid != 0).float().unsqueeze(1)
            h = torch.relu(self.c1(x.transpose(1, 2) * m)) * m
            h = torch.relu(self.c2(self.drop(h))) * m
            h = h.transpose(1, 2)
        return torch.log_softmax(self.out(self.drop(h)), dim=2)


def allowed(prev, cur):
    if not LABELS[cur].startswith("I-"):
        return True
    t = LABELS[cur][2:]
    return prev is not None and LABELS[prev] in ("B-" + t, "I-" + t)


def viterbi(lp):
    T, L = lp.shape
    neg = -1e9
    score = np.array([lp[0, j] if allowed(None, j) else neg for j in range(L)])
    back = np.zeros((T, L), dtype=np.int64)
    A = np.array([[0.0 if allowed(i, j) else neg for j in range(L)] for i in range(L)])
    for t in range(1, T):
        s = score[:, None] + A
        back[t] = s.argmax(0)
        score = s.max(0) + lp[t]
    out = [int(score.argmax())]
    for t in range(T - 1, 0, -1):
        out.append(int(back[t, out[-1]]))
    return out[::-1]


def chunks(tags):
    out, start, typ = set(), None, None
    for i, t in enumerate(list(tags) + ["O"]):
        if start is not None and (t == "O" or t.startswith("B-") or t[2:] != typ):
            out.add((start, i, typ))
            start = None
        if t.startswith("B-") or (t.startswith("I-") and start is None):
            start, typ = i, t[2:]
    return out


def f1(gold_sents, pred_sents):
    tp = ng = npr = 0
    for g, p in zip(gold_sents, pred_sents):
        cg, cp = chunks(g), chunks(p)
        tp += len(cg & cp)
        ng += len(cg)
        npr += len(cp)
    pr = tp / max(npr, 1)
    rc = tp / max(ng, 1)
    return 200 * pr * rc / max(pr + rc, 1e-9)


class Encoder:
    def encode(self, s):
        k = id(s)
        r = self.cache.get(k)
        if r is None:
            w = torch.tensor([self.wid.get(x[3], 1) for x in s], dtype=torch.long)
            c = torch.zeros(len(s), self.maxc, dtype=torch.long)
            for t, x in enumerate(s):
                for j, ch in enumerate(x[0][: self.maxc]):
                    c[t, j] = self.cid.get(ch, 1)
            y = torch.tensor([LID.get(x[1], 0) for x in s], dtype=torch.long)
            tk = torch.tensor([x[2] for x in s], dtype=torch.float32)
            r = (w, c, y, tk)
            self.cache[k] = r
        return r

    def __init__(self, keys, chars, maxc):
        self.wid = {}
        for i, k in enumerate(keys):  # the C++ LexKey of each vector word; first wins
            self.wid.setdefault(k, i + 2)
        self.cid = {c: i + 2 for i, c in enumerate(chars)}  # 0 pad, 1 unk
        self.maxc = maxc
        self.cache = {}  # id(sentence) -> its tensors, built once

    def batch(self, sents):
        return self.batch_y(sents)[:3]

    def batch_y(self, sents):
        T = max(len(s) for s in sents)
        B = len(sents)
        wid = torch.zeros(B, T, dtype=torch.long)
        cid = torch.zeros(B, T, self.maxc, dtype=torch.long)
        y = torch.full((B, T), -100, dtype=torch.long)
        tok = torch.zeros(B, T, NTOK)
        for b, s in enumerate(sents):
            w, c, yy, tk = self.encode(s)
            n = len(s)
            tok[b, :n] = tk
            wid[b, :n] = w
            cid[b, :n] = c
            y[b, :n] = yy
        return wid, cid, tok, y


def predict_logp(net, enc, sents, bs=64):
    net.eval()
    with torch.no_grad():
        order = sorted(range(len(sents)), key=lambda i: len(sents[i]))
        res = [None] * len(sents)
        for i in range(0, len(order), bs):
            idx = order[i:i + bs]
            lp = net(*enc.batch([sents[j] for j in idx])).numpy()
            for k, j in enumerate(idx):
                res[j] = lp[k, : len(sents[j])]
    return res


def evaluate(net, enc, sents):
    lps = predict_logp(net, enc, sents)
    pred = [[LABELS[i] for i in viterbi(lp)] for lp in lps]
    gold = [[x[1] for x in s] for s in sents]
    return f1(gold, pred), lps


def varints(keys):
    out, prev = bytearray(), 0
    for k in keys:
        v = k - prev
        prev = k
        while v >= 0x80:
            out.append((v & 0x7F) | 0x80)
            v >>= 7
        out.append(v)
    return bytes(out)


def export_section(net, enc, chars, weight, max_words):
    """The neural section's bytes (layout in core/src/tagger/neural.h)."""
    import struct
    st = {k: v.detach().float().numpy() for k, v in net.state_dict().items()}
    emb = st["wemb.weight"]
    # Word rows: the first max_words vector words by frequency, sorted by key.
    rows = sorted((k, r) for k, r in enc.wid.items() if r - 2 < max_words)
    keys = [k for k, _ in rows]
    vec = np.stack([emb[r] for _, r in rows]).astype(np.float32)
    scale = np.abs(vec).max(1)
    scale[scale == 0] = 1.0
    q = np.clip(np.round(vec / scale[:, None] * 127), -127, 127).astype(np.int8)
    D = vec.shape[1]
    C = st["cemb.weight"].shape[1]
    F = st["conv.weight"].shape[0]
    H = st["lstm.weight_hh_l0"].shape[1]
    f32 = lambda a: np.ascontiguousarray(a, dtype="<f4").tobytes()
    b = bytearray()
    b += struct.pack("<HfHHHHB", 1, weight, D, C, F, H, len(LABELS))
    b += struct.pack("<I", len(keys)) + varints(keys)
    b += f32(scale) + q.tobytes()
    cps = sorted((ord(c), i + 2) for i, c in enumerate(chars))
    b += struct.pack("<H", len(cps)) + varints([c for c, _ in cps])
    cemb = st["cemb.weight"]
    crow = np.concatenate([cemb[:2], np.stack([cemb[r] for _, r in cps])]) if cps else cemb[:2]
    b += f32(crow) + f32(st["conv.weight"]) + f32(st["conv.bias"])
    for sfx in ("", "_reverse"):
        b += f32(st["lstm.weight_ih_l0" + sfx]) + f32(st["lstm.weight_hh_l0" + sfx])
        b += f32(st["lstm.bias_ih_l0" + sfx] + st["lstm.bias_hh_l0" + sfx])
    b += f32(st["out.weight"]) + f32(st["out.bias"])
    return bytes(b)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", required=True)
    ap.add_argument("--dev", required=True)
    ap.add_argument("--holdout", type=float, default=0.0, help="train on the first 1-x of train")
    ap.add_argument("--vec", required=True)
    ap.add_argument("--vocab", type=int, default=50000)
    ap.add_argument("--freeze", type=int, default=1)
    ap.add_argument("--char-dim", type=int, default=16)
    ap.add_argument("--char-filters", type=int, default=32)
    ap.add_argument("--proj", type=int, default=0)
    ap.add_argument("--hidden", type=int, default=32)
    ap.add_argument("--arch", default="lstm", choices=["lstm", "cnn"])
    ap.add_argument("--dropout", type=float, default=0.5)
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--bs", type=int, default=32)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--dump", action="append", default=[], help="CONLL:TOK:OUT per-token log-probs")
    ap.add_argument("--save", default="")
    ap.add_argument("--export", default="", help="write the neural model section here")
    ap.add_argument("--export-weight", type=float, default=1.0)
    ap.add_argument("--export-words", type=int, default=30000)
    ap.add_argument("--vocab-keys", required=True, help="resalta-train tokinfo of the .vec words, one per sentence")
    ap.add_argument("--tokinfo", required=True, help="TRAIN.tok,DEV.tok (resalta-train tokinfo)")
    args = ap.parse_args()
    args.freeze = bool(args.freeze)
    torch.set_num_threads(args.threads)
    random.seed(args.seed)
    torch.manual_seed(args.seed)

    tt, td = args.tokinfo.split(",")
    train = read_tokinfo(tt, read_conll(args.train))
    if args.holdout > 0:
        cut = int(len(train) * (1 - args.holdout))
        train = train[:cut]
    dev = read_tokinfo(td, read_conll(args.dev))
    t0 = time.time()
    words, emb = load_vec(args.vec, args.vocab)
    from collections import Counter
    cc = Counter(ch for s in train for x in s for ch in x[0])
    chars = [c for c, n in cc.most_common() if n >= 5]
    keys = [int(l.split()[5]) for l in open(args.vocab_keys) if l.strip()][: len(words)]
    assert len(keys) == len(words)
    enc = Encoder(keys, chars, 20)
    print(f"vocab {len(words)} chars {len(chars)} load {time.time() - t0:.1f}s", flush=True)
    net = Net(emb, len(chars) + 2, args)
    params = [p for p in net.parameters() if p.requires_grad]
    print("trainable params", sum(p.numel() for p in params), flush=True)
    opt = torch.optim.Adam(params, lr=args.lr)
    best = -1
    for ep in range(args.epochs):
        net.train()
        t0 = time.time()
        order = sorted(range(len(train)), key=lambda i: len(train[i]) + random.random() * 4)
        batches = [order[i:i + args.bs] for i in range(0, len(order), args.bs)]
        random.shuffle(batches)
        tot = 0.0
        for nb, bi in enumerate(batches):
            if nb % 50 == 0 and ep == 0:
                print(f"  batch {nb}/{len(batches)} {time.time() - t0:.0f}s", flush=True)
            sents = [train[j] for j in bi]
            wid, cid, tok, y = enc.batch_y(sents)
            lp = net(wid, cid, tok)
            loss = nn.functional.nll_loss(lp.view(-1, len(LABELS)), y.view(-1), ignore_index=-100)
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(params, 5.0)
            opt.step()
            tot += loss.item()
        tt = time.time() - t0
        dv, _ = evaluate(net, enc, dev)
        print(f"epoch {ep + 1} loss {tot / len(batches):.4f} train {tt:.0f}s dev F1 {dv:.2f}", flush=True)
    for spec in args.dump:
        src, tokf, out = spec.split(":")
        sents = read_tokinfo(tokf, read_conll(src))
        lps = predict_logp(net, enc, sents)
        with open(out, "w") as f:
            for lp in lps:
                for row in lp:
                    f.write(" ".join(f"{x:.4f}" for x in row) + "\n")
                f.write("\n")
        print("wrote", out, flush=True)
    if args.export:
        with open(args.export, "wb") as f:
            f.write(export_section(net, enc, chars, args.export_weight, args.export_words))
        print("wrote", args.export, flush=True)
    if args.save:
        torch.save({"state": net.state_dict(), "words": words, "chars": chars, "args": vars(args)}, args.save)


if __name__ == "__main__":
    main()
