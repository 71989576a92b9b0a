"""Records torch.optim.lr_scheduler's learning rates for the schedules the playground offers.

Run with a Python that has torch (Debian: apt-get install python3-torch; /usr/bin/python3):
    /usr/bin/python3 src/test/resources/schedules/make_schedules.py > src/test/resources/schedules/torch_schedules.csv
Each row: the schedule as the playground writes it, the warm-up K, the base lr, the update t (1-based)
and the lr that update used (param_groups[0]['lr'] just before optimizer.step()), printed with repr
so the doubles round-trip. The tests need no Python.
"""
import torch

BASE_LR = 0.1
UPDATES = 60


def schedulers(name, optimizer):
    kind, *args = name.split(":")
    if kind == "constant":
        return torch.optim.lr_scheduler.ConstantLR(optimizer, factor=1.0, total_iters=0)
    if kind == "step":
        return torch.optim.lr_scheduler.StepLR(optimizer, step_size=int(args[0]), gamma=float(args[1]))
    if kind == "exp":
        return torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma=float(args[0]))
    if kind == "cosine":
        eta_min = float(args[1]) if len(args) > 1 else 0.0
        return torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=int(args[0]), eta_min=eta_min)
    raise ValueError(name)


def rates(name, warmup):
    param = torch.nn.Parameter(torch.zeros(1, dtype=torch.float64))
    optimizer = torch.optim.SGD([param], lr=BASE_LR)
    if warmup > 0:
        # η·t/K for t ≤ K: LinearLR's factor at epoch e = t − 1 is start + (1 − start)·e/(K − 1) = t/K.
        linear = torch.optim.lr_scheduler.LinearLR(
            optimizer, start_factor=1.0 / warmup, end_factor=1.0, total_iters=max(warmup - 1, 1))
        after = schedulers(name, optimizer)
        scheduler = torch.optim.lr_scheduler.SequentialLR(optimizer, [linear, after], milestones=[warmup])
    else:
        scheduler = schedulers(name, optimizer)
    out = []
    for t in range(1, UPDATES + 1):
        out.append((t, optimizer.param_groups[0]["lr"]))
        optimizer.step()
        scheduler.step()
    return out


CASES = [("constant", 0), ("step:7:0.5", 0), ("step:1:0.9", 0), ("exp:0.95", 0), ("cosine:25", 0),
         ("cosine:40:0.001", 0), ("exp:0.9", 10), ("cosine:30:0.01", 5), ("step:10:0.3", 8)]

print("schedule,warmup,base_lr,t,lr")
for name, warmup in CASES:
    for t, lr in rates(name, warmup):
        print(f"{name},{warmup},{BASE_LR!r},{t},{lr!r}")
