#!/usr/bin/env python3
"""Checks that the tier colours (the tier table, core/data/tier.cpp, as printed by
`diplomap tier-table`) stay distinguishable for colour-blind viewers and in greyscale print.

Usage: check-palette.py PATH/TO/diplomap

Colour vision deficiencies are simulated with the matrices of Machado, Oliveira and Fernandes
(2009), severity 1.0, applied in linear RGB; differences are CIEDE76 distances in CIELAB (D65).
Greyscale is the CIE L* of each colour. Prints a table and exits 1 if two tiers come closer
than the thresholds below in any simulation, or if greyscale lightness is not monotonic in the
light theme (the one meant for print).
"""
import itertools
import json
import subprocess
import sys

MIN_DELTA_E = 12.0   # "clearly different" at a glance on a projector
MIN_L_STEP = 6.0     # greyscale steps between successive tiers (light theme)

MACHADO = {
    "protanopia": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
    "deuteranopia": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]],
    "tritanopia": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]],
}


def linear(c):
    c /= 255.0
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def lab(rgb_linear):
    r, g, b = (min(max(v, 0.0), 1.0) for v in rgb_linear)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
    f = lambda t: t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116
    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def simulate(rgb, matrix):
    lin = [linear(c) for c in rgb]
    return [sum(matrix[i][j] * lin[j] for j in range(3)) for i in range(3)] if matrix else lin


def tier_colours(table, theme):
    return {row["key"]: tuple(int(row[theme][i:i + 2], 16) for i in (1, 3, 5)) for row in table}


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    table = json.loads(subprocess.run([sys.argv[1], "tier-table", "--format", "json"], check=True,
                                      capture_output=True, text=True).stdout)
    failed = False
    for theme in ("light", "dark"):
        colours = tier_colours(table, theme)
        tiers = list(colours)  # highest first
        print(f"{theme} theme: " + ", ".join(f"{t} #{''.join(f'{c:02x}' for c in colours[t])}" for t in tiers))
        for name, matrix in [("normal", None)] + list(MACHADO.items()):
            labs = {t: lab(simulate(colours[t], matrix)) for t in tiers}
            worst = min(((sum((p - q) ** 2 for p, q in zip(labs[a], labs[b])) ** 0.5, a, b)
                         for a, b in itertools.combinations(tiers, 2)))
            ok = worst[0] >= MIN_DELTA_E
            failed |= not ok
            print(f"  {name:13} closest pair {worst[1]}/{worst[2]}: ΔE {worst[0]:5.1f} {'ok' if ok else 'TOO CLOSE'}")
        lightness = [lab(simulate(colours[t], None))[0] for t in tiers]
        print("  greyscale L*: " + ", ".join(f"{t} {l:.0f}" for t, l in zip(tiers, lightness)))
        if theme == "light":
            ranked = [l for t, l in zip(tiers, lightness) if t not in ("none", "unknown")]  # not ranks
            steps = [b - a for a, b in zip(ranked, ranked[1:])]
            monotonic = all(s >= MIN_L_STEP for s in steps)
            failed |= not monotonic
            print(f"  greyscale order Special → Relations {'monotonic' if monotonic else 'NOT monotonic'}"
                  f" (smallest step {min(steps):.1f})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
