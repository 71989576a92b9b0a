package dev.optimizerplayground.ui.plot;
import dev.optimizerplayground.core.run.*;
import dev.optimizerplayground.core.surface.*;
import dev.optimizerplayground.plot.*;
import dev.optimizerplayground.ui.model.OptimizerLane;
import org.junit.jupiter.api.Test;
class ScratchCountTest {
  @Test void count() throws Exception {
    for (String id : new String[]{"rosenbrock","rastrigin","goldstein-price"}) {
      Preset p = Presets.byId(id).get(); Surface s = Surface.parse(p.formula());
      PlotTransform t = PlotPainter.plotTransform(800, 600, p.window(), PlotOptions.overlay());
      for (OptimizerLane lane : new OptimizerLane[]{OptimizerLane.RMSPROP, OptimizerLane.ADAGRAD, OptimizerLane.SGD, OptimizerLane.ADAM}) {
        Trajectory tr = Runner.run(new RunSpec(s, lane.initialConfig(), p.start(), 10000));
        int[] c = {0, 0}; double[] len = {0};
        new TrailPath().trace(tr, tr.lastStep(), t, 0.75, 0, 0, 800, 600, (x, y, n) -> { c[0] += n; c[1]++; for (int i=1;i<n;i++) len[0]+=Math.hypot(x[i]-x[i-1],y[i]-y[i-1]); });
        System.out.printf("%s %s rows=%d points=%d pieces=%d length=%.0fpx%n", id, lane, tr.length(), c[0], c[1], len[0]);
      }
    }
  }
}
