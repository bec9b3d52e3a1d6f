# A small ledger program: classes, dicts, sorting and formatted reports.


class Ledger:
    def __init__(self):
        self.balances = {}
        self.entries = []

    def post(self, day, account, amount, memo=""):
        self.balances[account] = self.balances.get(account, 0) + amount
        self.entries.append((day, account, amount, memo))

    def transfer(self, day, src, dst, amount):
        self.post(day, src, -amount, f"to {dst}")
        self.post(day, dst, amount, f"from {src}")

    def report(self):
        lines = [f"{'account':<10}{'balance':>10}"]
        for name in sorted(self.balances):
            lines.append(f"{name:<10}{self.balances[name] / 100:>10.2f}")
        total = sum(self.balances.values())
        lines.append(f"{'TOTAL':<10}{total / 100:>10.2f}")
        return "\n".join(lines)

    def by_day(self):
        days = {}
        for day, account, amount, memo in self.entries:
            days.setdefault(day, []).append((account, amount))
        return days


ledger = Ledger()
ledger.post(1, "cash", 50000, "opening")
ledger.post(1, "bank", 125050, "opening")
ledger.transfer(2, "bank", "rent", 80000)
ledger.transfer(2, "cash", "food", 4599)
ledger.transfer(3, "bank", "cash", 20000)
ledger.transfer(3, "cash", "food", 1250)
ledger.post(4, "bank", 3, "interest")
print(ledger.report())
for day, moves in ledger.by_day().items():
    net = sum(a for _, a in moves)
    print(f"day {day}: {len(moves)} entries, net {net:+d}")
largest = max(ledger.entries, key=lambda e: abs(e[2]))
print("largest entry:", largest)
spending = {k: -v for k, v in ledger.balances.items() if k in ("rent", "food")}
print(spending)
print(sorted(ledger.balances.items(), key=lambda kv: (-kv[1], kv[0])))
memos = [m for *_, m in ledger.entries if m.startswith("to ")]
print(memos)
