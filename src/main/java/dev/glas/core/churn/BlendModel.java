package dev.glas.core.churn;

import java.util.List;

/**
 * Blending ensemble: the mean of the member models' probabilities. Reasons are the mean of the members'
 * reasons (each in its own output scale), so they rank features but do not sum to the blend's output.
 */
public record BlendModel(List<String> names, List<Model> members) implements Model {

    public BlendModel {
        names = List.copyOf(names);
        members = List.copyOf(members);
        if (members.isEmpty() || names.size() != members.size()) {
            throw new IllegalArgumentException("a blend needs named members");
        }
    }

    @Override
    public double[] predict(double[][] cols) {
        double[] out = null;
        for (Model m : members) {
            double[] p = m.predict(cols);
            if (out == null) {
                out = p;
            } else {
                for (int i = 0; i < p.length; i++) {
                    out[i] += p[i];
                }
            }
        }
        for (int i = 0; i < out.length; i++) {
            out[i] /= members.size();
        }
        return out;
    }

    @Override
    public double[][] contributions(double[][] cols, int[] rows) {
        double[][] out = null;
        for (Model m : members) {
            double[][] c = m.contributions(cols, rows);
            if (out == null) {
                out = c;
            } else {
                for (int i = 0; i < c.length; i++) {
                    for (int f = 0; f < c[i].length; f++) {
                        out[i][f] += c[i][f];
                    }
                }
            }
        }
        for (double[] r : out) {
            for (int f = 0; f < r.length; f++) {
                r[f] /= members.size();
            }
        }
        return out;
    }

    @Override
    public double[] importance() {
        double[] out = null;
        for (Model m : members) {
            double[] c = m.importance();
            if (out == null) {
                out = c;
            } else {
                for (int f = 0; f < c.length; f++) {
                    out[f] += c[f];
                }
            }
        }
        for (int f = 0; f < out.length; f++) {
            out[f] /= members.size();
        }
        return out;
    }
}
