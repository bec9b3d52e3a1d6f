# f-strings: numeric format specifications.
pi = 3.14159265
big = 1234567
frac = 0.125
print(f"{pi:.2f} {pi:.0f} {pi:.5f} {pi:8.3f}|")
print(f"{pi:08.3f} {-pi:08.3f} {pi:+.1f} {pi:+08.2f}")
print(f"{big:,} {big:,.2f} {-big:,} {1234.5:,}")
print(f"{255:x} {255:X} {255:b} {255:o} {255:#x} {255:#b} {255:#o}")
print(f"{10:08b} {3:04x} {-10:x}")
print(f"{big:e} {pi:e} {0.00012:.2e} {frac:E}")
print(f"{frac:%} {frac:.1%} {0.5:.0%} {1.0:.2%}")
print(f"{5:+d} {-5:+d} {0:+d} {5: d} {-5: d}")
print(f"{42:d} {42:5d}| {42:<5d}| {42:^5d}|")
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f}")
print(f"{1e16:.1f} {1e-3:.4f} {123.456:.1f}")
print(f"{7:.2f} {7.0:.3f} {-0.0:.1f}")
print(f"{float('inf'):.2f} {float('nan'):.1f} {float('-inf'):>7}")
print(f"{1.5:.3}", f"{1234.5678:.6}", f"{0.1:.17}")
print(f"{100 / 3:.4f} {2 / 3:.3f} {1 / 8:.10f}")
print(f"{0:05d} {7:03} {-7:03} {123456:03}")
prec = 3
width = 10
print(f"[{pi:{width}.{prec}f}]")
print(f"[{pi:>{width}.{prec + 2}f}]")
print(f"[{big:>{width},}]")
for value in [0, 1, -1, 999, 1000, -123456]:
    print(f"{value:>9,}|{value:<+7}|{value:^#9x}|")
amounts = [19.999, 0.005, 1.005, 2.675, 1234567.891]
for a in amounts:
    print(f"{a:>14,.2f}")
print(f"{12:x}{13:x}{14:x}{15:x}")
print(f"{3.0}", f"{1e20}", f"{0.1 + 0.2}", f"{1e-5}")
print(f"{1000000.0:,.1f}", f"{0.1:.3e}", f"{12345.678:.2e}")
