namespace BriefBot.Core.Knowledge.Ingest.Names;

/// <summary>Best tag sequence under the emission and transition weights, with BILOU's order enforced.</summary>
internal static class ViterbiDecoder
{
    private const int Tags = BilouTags.Count;
    private static readonly bool[] Allowed = BuildAllowed();

    public static int[] Decode(int[][] rows, float[] weights, float[] transitions)
    {
        var emissions = new float[rows.Length * Tags];
        for (var i = 0; i < rows.Length; i++)
        {
            foreach (var row in rows[i])
            {
                var offset = row * Tags;
                for (var t = 0; t < Tags; t++)
                {
                    emissions[(i * Tags) + t] += weights[offset + t];
                }
            }
        }

        return Decode(emissions, rows.Length, transitions);
    }

    /// <summary>Decodes from summed emission weights, <c>emissions[i * Tags + tag]</c> for each of <paramref name="n"/> tokens.</summary>
    public static int[] Decode(float[] emissions, int n, float[] transitions)
    {
        var tags = new int[n];
        if (n == 0)
        {
            return tags;
        }

        var score = new float[n * Tags];
        var back = new int[n * Tags];
        for (var i = 0; i < n; i++)
        {
            var emission = emissions.AsSpan(i * Tags, Tags);
            for (var t = 0; t < Tags; t++)
            {
                if (i == 0)
                {
                    score[t] = Allowed[t] ? emission[t] + transitions[t] : float.NegativeInfinity;
                    continue;
                }

                var best = float.NegativeInfinity;
                var bestPrevious = 0;
                for (var p = 0; p < Tags; p++)
                {
                    var previous = score[((i - 1) * Tags) + p];
                    if (!Allowed[((p + 1) * Tags) + t] || float.IsNegativeInfinity(previous))
                    {
                        continue;
                    }

                    var s = previous + transitions[((p + 1) * Tags) + t];
                    if (s > best)
                    {
                        best = s;
                        bestPrevious = p;
                    }
                }

                score[(i * Tags) + t] = best + emission[t];
                back[(i * Tags) + t] = bestPrevious;
            }
        }

        var last = 0;
        var bestFinal = float.NegativeInfinity;
        for (var t = 0; t < Tags; t++)
        {
            var s = score[((n - 1) * Tags) + t];
            if (BilouTags.CanEnd(t) && s > bestFinal)
            {
                bestFinal = s;
                last = t;
            }
        }

        tags[n - 1] = last;
        for (var i = n - 1; i > 0; i--)
        {
            tags[i - 1] = back[(i * Tags) + tags[i]];
        }

        return tags;
    }

    private static bool[] BuildAllowed()
    {
        var allowed = new bool[(Tags + 1) * Tags];
        for (var p = -1; p < Tags; p++)
        {
            for (var t = 0; t < Tags; t++)
            {
                allowed[((p + 1) * Tags) + t] = BilouTags.CanFollow(p, t);
            }
        }

        return allowed;
    }
}
