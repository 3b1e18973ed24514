using System.Globalization;
using BriefBot.Core.Knowledge.Ingest.Names;

namespace BriefBot.Training;

/// <summary>Exact-match precision, recall and F1 (start, end and type), overall and per type, as score-ner counts them.</summary>
internal sealed class NameScore
{
    private readonly int[] _correct = new int[5];
    private readonly int[] _predicted = new int[5];
    private readonly int[] _gold = new int[5];

    public void Add(IEnumerable<NameSpan> gold, IEnumerable<NameSpan> predicted)
    {
        var g = gold.ToHashSet();
        var p = predicted.ToHashSet();
        foreach (var s in g)
        {
            _gold[0]++;
            _gold[1 + (int)s.Type]++;
        }

        foreach (var s in p)
        {
            _predicted[0]++;
            _predicted[1 + (int)s.Type]++;
            if (g.Contains(s))
            {
                _correct[0]++;
                _correct[1 + (int)s.Type]++;
            }
        }
    }

    public double F1(NameType? type = null)
    {
        var k = type is null ? 0 : 1 + (int)type;
        var p = _predicted[k] == 0 ? 0 : (double)_correct[k] / _predicted[k];
        var r = _gold[k] == 0 ? 0 : (double)_correct[k] / _gold[k];
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"F1 {100 * F1():F2} (PER {100 * F1(NameType.Person):F2}, ORG {100 * F1(NameType.Organisation):F2}, LOC {100 * F1(NameType.Location):F2}, MISC {100 * F1(NameType.Misc):F2})");
}
