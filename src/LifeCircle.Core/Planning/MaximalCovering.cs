namespace LifeCircle.Core.Planning;

/// <summary>One chosen site: its candidate index and the weight it newly covers given the sites chosen before it.</summary>
public sealed record ChosenSite(int Candidate, double Gain);

/// <summary>The sites a maximal covering run chose, the weight they cover, and what the optimum can at most be.</summary>
/// <param name="Method">"exhaustive" (the optimum, every combination tried) or "greedy-lazy".</param>
/// <param name="Covered">Weight the chosen sites newly cover (beyond what was covered already).</param>
/// <param name="UpperBound">No choice of k candidates newly covers more than this (equal to <paramref name="Covered"/> when exhaustive).</param>
public sealed record MaximalCoveringResult(string Method, IReadOnlyList<ChosenSite> Sites, double Covered, double UpperBound);

/// <summary>The maximal covering location problem (Church &amp; ReVelle 1974): choose k sites that together cover the most demand weight.</summary>
/// <remarks>
/// Small instances (at most <see cref="ExhaustiveLimit"/> combinations) are solved exactly by trying every
/// combination. Larger ones use greedy with lazy evaluation: covered weight is monotone and submodular, so a
/// site's last computed gain bounds its current one, the top of the queue need only be re-evaluated, and the
/// result covers at least 1 − 1/e of the optimum (Nemhauser, Wolsey &amp; Fisher 1978). The run also yields an
/// a-posteriori bound: at every step, the optimum is at most what is covered plus the k largest gains still possible.
/// </remarks>
public static class MaximalCovering
{
    /// <summary>Most combinations tried exhaustively.</summary>
    public const long ExhaustiveLimit = 200_000;

    /// <param name="covers">For each candidate, the demand points it covers.</param>
    /// <param name="weight">Each demand point's weight (residents or elderly residents).</param>
    /// <param name="alreadyCovered">Demand points covered before any site is added (they add nothing).</param>
    public static MaximalCoveringResult Solve(IReadOnlyList<int[]> covers, double[] weight, bool[] alreadyCovered, int k)
    {
        k = Math.Min(k, covers.Count);
        if (k <= 0)
        {
            return new MaximalCoveringResult("exhaustive", [], 0, 0);
        }

        return Combinations(covers.Count, k) <= ExhaustiveLimit ? Exhaustive(covers, weight, alreadyCovered, k) : Greedy(covers, weight, alreadyCovered, k);
    }

    /// <summary>Greedy with lazy evaluation, whatever the instance's size.</summary>
    public static MaximalCoveringResult Greedy(IReadOnlyList<int[]> covers, double[] weight, bool[] alreadyCovered, int k)
    {
        var covered = (bool[])alreadyCovered.Clone();
        double Gain(int c)
        {
            double g = 0;
            foreach (int p in covers[c])
            {
                g += covered[p] ? 0 : weight[p];
            }

            return g;
        }

        // Max-queue of (gain bound, candidate); ties go to the lower candidate index.
        var queue = new PriorityQueue<int, (double, int)>(Comparer<(double Gain, int Candidate)>.Create((a, b) =>
            b.Gain != a.Gain ? b.Gain.CompareTo(a.Gain) : a.Candidate.CompareTo(b.Candidate)));
        var bound = new double[covers.Count];
        var fresh = new int[covers.Count]; // the step a bound was computed at: current when it is this step
        for (int c = 0; c < covers.Count; c++)
        {
            bound[c] = Gain(c);
            queue.Enqueue(c, (bound[c], c));
        }

        var sites = new List<ChosenSite>();
        double total = 0, upper = double.PositiveInfinity;
        for (int step = 0; step < k && queue.Count > 0; step++)
        {
            upper = Math.Min(upper, total + TopSum(bound, queue, k));
            while (true)
            {
                int c = queue.Dequeue();
                if (fresh[c] == step)
                {
                    if (bound[c] <= 0)
                    {
                        queue.Clear();
                        break;
                    }

                    sites.Add(new ChosenSite(c, bound[c]));
                    total += bound[c];
                    foreach (int p in covers[c])
                    {
                        covered[p] = true;
                    }

                    break;
                }

                bound[c] = Gain(c);
                fresh[c] = step;
                queue.Enqueue(c, (bound[c], c));
            }
        }

        upper = Math.Min(upper, total + TopSum(bound, queue, k));
        return new MaximalCoveringResult("greedy-lazy", sites, total, Math.Max(upper, total));
    }

    /// <summary>Every combination of k candidates; the best (ties: the first in lexicographic order), its sites listed in greedy order.</summary>
    public static MaximalCoveringResult Exhaustive(IReadOnlyList<int[]> covers, double[] weight, bool[] alreadyCovered, int k)
    {
        int n = covers.Count;
        var stamp = new int[weight.Length];
        int round = 0;
        double best = -1;
        int[] bestSet = [];
        var set = Enumerable.Range(0, k).ToArray();
        while (k > 0)
        {
            round++;
            double value = 0;
            foreach (int c in set)
            {
                foreach (int p in covers[c])
                {
                    if (!alreadyCovered[p] && stamp[p] != round)
                    {
                        stamp[p] = round;
                        value += weight[p];
                    }
                }
            }

            if (value > best)
            {
                (best, bestSet) = (value, (int[])set.Clone());
            }

            int i = k - 1;
            while (i >= 0 && set[i] == n - k + i)
            {
                i--;
            }

            if (i < 0)
            {
                break;
            }

            set[i]++;
            for (int j = i + 1; j < k; j++)
            {
                set[j] = set[j - 1] + 1;
            }
        }

        // The optimal set, ordered as greedy would add its members, so each gain reads as a marginal gain.
        var ordered = Greedy([.. bestSet.Select(c => covers[c])], weight, alreadyCovered, bestSet.Length);
        var sites = ordered.Sites.Select(s => new ChosenSite(bestSet[s.Candidate], s.Gain)).ToList();
        double total = sites.Sum(s => s.Gain);
        return new MaximalCoveringResult("exhaustive", sites, total, total);
    }

    /// <summary>n choose k, saturating above the exhaustive limit.</summary>
    public static long Combinations(int n, int k)
    {
        long c = 1;
        for (int i = 0; i < k; i++)
        {
            c = c * (n - i) / (i + 1);
            if (c > ExhaustiveLimit)
            {
                return long.MaxValue;
            }
        }

        return c;
    }

    /// <summary>The sum of the k largest gain bounds still queued: no k sites can add more than that.</summary>
    private static double TopSum(double[] bound, PriorityQueue<int, (double, int)> queue, int k) =>
        queue.UnorderedItems.Select(x => bound[x.Element]).OrderByDescending(b => b).Take(k).Sum();
}
