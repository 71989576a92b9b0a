#!/usr/bin/python3
"""Regenerates the golden optimizer trajectories used by OptimizerGoldenTrajectoryTest.

Run from the repository root with Debian's PyTorch (apt-get install python3-torch):

    /usr/bin/python3 src/test/resources/golden/make_golden.py

For every (surface, optimizer) case below it runs torch.optim in float64 on f(x, y), taking the
gradient with autograd, for STEPS steps and writes src/test/resources/golden/<surface>_<optimizer>.csv
with columns step,x,y (step 0 is the start point; repr() keeps all 17 significant digits).
The Java test holds the same table of cases: change both together. The Java tests never run Python.

Note on NAdam: torch 1.13's single-tensor NAdam (the default path there) multiplies mu into
mu_product_next twice; upstream fixed that (mu_product_next = mu_product * mu_next, as in 1.13's own
foreach path and every later release). foreach=True selects the correct formula.
"""
import csv
import os
import torch

STEPS = 150
HERE = os.path.dirname(os.path.abspath(__file__))

SURFACES = {
    # name: (f, start, learning rate for the SGD family, which has no default in PyTorch)
    "rosenbrock": (lambda x, y: (1 - x) ** 2 + 100 * (y - x ** 2) ** 2, (-1.5, 2.0), 5e-4),
    "valley": (lambda x, y: x ** 2 + 10 * y ** 2, (-4.0, 2.0), 0.02),
    "himmelblau": (lambda x, y: (x ** 2 + y - 11) ** 2 + (x + y ** 2 - 7) ** 2, (0.0, 0.0), 0.01),
}

OPTIMIZERS = {
    "sgd": lambda p, sgd_lr: torch.optim.SGD(p, lr=sgd_lr),
    "sgd_momentum": lambda p, sgd_lr: torch.optim.SGD(p, lr=sgd_lr, momentum=0.9),
    "sgd_nesterov": lambda p, sgd_lr: torch.optim.SGD(p, lr=sgd_lr, momentum=0.9, nesterov=True),
    "adagrad": lambda p, sgd_lr: torch.optim.Adagrad(p, lr=0.5),
    "rmsprop": lambda p, sgd_lr: torch.optim.RMSprop(p, lr=0.01),
    "rmsprop_centered": lambda p, sgd_lr: torch.optim.RMSprop(p, lr=0.01, centered=True),
    "rmsprop_momentum": lambda p, sgd_lr: torch.optim.RMSprop(p, lr=0.01, momentum=0.9),
    "adam": lambda p, sgd_lr: torch.optim.Adam(p, lr=0.05),
    "adam_amsgrad": lambda p, sgd_lr: torch.optim.Adam(p, lr=0.05, amsgrad=True),
    "nadam": lambda p, sgd_lr: torch.optim.NAdam(p, lr=0.05, foreach=True),
    "adadelta": lambda p, sgd_lr: torch.optim.Adadelta(p),
}


def trajectory(f, start, make_optimizer):
    xy = torch.tensor(start, dtype=torch.float64, requires_grad=True)
    optimizer = make_optimizer([xy])
    rows = [(0, start[0], start[1])]
    for step in range(1, STEPS + 1):
        optimizer.zero_grad()
        f(xy[0], xy[1]).backward()
        optimizer.step()
        rows.append((step, xy[0].item(), xy[1].item()))
    return rows


def main():
    torch.set_default_dtype(torch.float64)
    print("torch", torch.__version__)
    for surface, (f, start, sgd_lr) in SURFACES.items():
        for name, make in OPTIMIZERS.items():
            rows = trajectory(f, start, lambda p: make(p, sgd_lr))
            path = os.path.join(HERE, f"{surface}_{name}.csv")
            with open(path, "w", newline="") as out:
                writer = csv.writer(out, lineterminator="\n")
                writer.writerow(["step", "x", "y"])
                for step, x, y in rows:
                    writer.writerow([step, repr(x), repr(y)])
            print(f"{path}: end ({rows[-1][1]:.6g}, {rows[-1][2]:.6g})")


if __name__ == "__main__":
    main()
