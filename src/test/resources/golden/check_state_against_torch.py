#!/usr/bin/python3
"""Checks `trace --state --hessian` against torch.optim's optimizer.state and torch.autograd's Hessian.

Needs the jar (mvn -DskipTests package) and Debian's PyTorch (apt-get install python3-torch):

    /usr/bin/python3 src/test/resources/golden/check_state_against_torch.py

For each variant it runs the same 40 PyTorch-convention steps on Rosenbrock in both, compares every
state buffer after every step, and the Hessian of f at the last point; it prints any value more than
1e-9 (state) or 1e-10 (Hessian) apart relatively, then the worst relative difference. The Java tests
check the same columns against hand-worked steps, so they need no Python.
"""
import csv, subprocess, sys, torch
torch.set_default_dtype(torch.float64)
JAR="target/optimizer-playground.jar"
f=lambda x,y:(1-x)**2+100*(y-x**2)**2
start=(-1.5,2.0); STEPS=40
cases=[
 ("sgd",["--lr","0.0005","--momentum","0.9"],lambda p:torch.optim.SGD(p,lr=5e-4,momentum=0.9)),
 ("sgd",["--lr","0.0005","--momentum","0.9","--nesterov"],lambda p:torch.optim.SGD(p,lr=5e-4,momentum=0.9,nesterov=True)),
 ("adagrad",["--lr","0.5"],lambda p:torch.optim.Adagrad(p,lr=0.5)),
 ("rmsprop",["--lr","0.01"],lambda p:torch.optim.RMSprop(p,lr=0.01)),
 ("rmsprop",["--lr","0.01","--centered","--momentum","0.9"],lambda p:torch.optim.RMSprop(p,lr=0.01,centered=True,momentum=0.9)),
 ("adam",["--lr","0.05","--amsgrad"],lambda p:torch.optim.Adam(p,lr=0.05,amsgrad=True)),
 ("nadam",["--lr","0.05"],lambda p:torch.optim.NAdam(p,lr=0.05,foreach=True)),
 ("adadelta",[],lambda p:torch.optim.Adadelta(p)),
]
worst=0
for name,args,make in cases:
    out=subprocess.run(["java","-jar",JAR,"trace","--surface","rosenbrock","--start","-1.5,2","--steps",str(STEPS),"--optimizer",name,"--convention","pytorch","--state","--hessian"]+args,capture_output=True,text=True,check=True).stdout
    rows=list(csv.DictReader(out.splitlines()))
    xy=torch.tensor(start,requires_grad=True); opt=make([xy])
    for t in range(1,STEPS+1):
        opt.zero_grad(); f(xy[0],xy[1]).backward(); opt.step()
        st=opt.state[xy]; r=rows[t]
        for k,v in st.items():
            if k=="step": continue
            v=v.detach().reshape(-1)
            cols=[k+"_x",k+"_y"] if v.numel()==2 else [k]
            for i,c in enumerate(cols):
                if c not in r: print(name,args,"missing column",c); sys.exit(1)
                ours=float(r[c]); ref=v[i].item()
                rel=abs(ours-ref)/max(abs(ref),1e-300)
                worst=max(worst,rel)
                if rel>1e-9: print(name,args,t,c,ours,ref,rel)
    # hessian at final theta
    x=xy.detach().clone().requires_grad_(True)
    H=torch.autograd.functional.hessian(lambda v:f(v[0],v[1]),x)
    r=rows[STEPS]
    for c,ref in (("h_xx",H[0,0].item()),("h_xy",H[0,1].item()),("h_yy",H[1,1].item())):
        rel=abs(float(r[c])-ref)/max(abs(ref),1e-300); worst=max(worst,rel)
        if rel>1e-10: print(name,"hessian",c,r[c],ref,rel)
print("worst relative difference", worst)
