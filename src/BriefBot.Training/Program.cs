using System.Diagnostics;
using System.Globalization;
using BriefBot.Core.Knowledge.Ingest.Names;
using BriefBot.Core.Knowledge.Ingest.World;
using BriefBot.Training;

// Rebuilds the name tagger's model from ../shared: `dotnet run --project src/BriefBot.Training -c Release -- train`.
// Deterministic (fixed seed); prints dev F1 after every epoch; writes the model file that BriefBot.Core embeds.
if (args.Length == 0 || args[0] != "train")
{
    Console.Error.WriteLine("usage: train [--shared DIR] [--epochs N] [--out FILE]");
    return 2;
}

var root = FindRoot();
var shared = Path.GetFullPath(Path.Combine(root, "..", "shared"));
var epochs = 14;
var output = Path.Combine(root, "src", "BriefBot.Core", "Knowledge", "Ingest", "Names", "name-model.bin");
for (var i = 1; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--shared": shared = args[i + 1]; break;
        case "--epochs": epochs = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--out": output = args[i + 1]; break;
        default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
    }
}

var clock = Stopwatch.StartNew();
var conll = Path.Combine(shared, "corpora", "conll2003-ner");
var train = ConllDocument.Read(Path.Combine(conll, "train.jsonl"));
var dev = ConllDocument.Read(Path.Combine(conll, "dev.jsonl"));
var unlabelled = TrainingData.UnlabelledLines(train, Path.Combine(shared, "corpora", "reuters21578-news"));
var corpus = CorpusWords.Count(unlabelled, minimumCount: 3);
var phrases = NamePhraseList.FromWorld(WorldGazetteer.Default);
var sentences = TrainingData.Sentences(train);
Console.WriteLine(FormattableString.Invariant($"{train.Count} training documents, {sentences.Count} sentences; {corpus.CaseBins.Count} corpus words; {clock.Elapsed.TotalSeconds:F0} s"));

var trainer = new NameTrainer(phrases, corpus, minimumFeatureCount: 2);
var model = trainer.Train(sentences, epochs, seed: 20031, (epoch, averaged) =>
{
    var score = new NameScore();
    var tagger = new NameTagger(averaged, phrases);
    foreach (var d in dev)
    {
        score.Add(d.Names, tagger.TagDocument(d.Text));
    }

    Console.WriteLine(FormattableString.Invariant($"epoch {epoch,2}: dev {score}; {clock.Elapsed.TotalSeconds:F0} s"));
});

using (var file = File.Create(output))
{
    NameModelFile.Write(model, file);
}

Console.WriteLine(FormattableString.Invariant($"wrote {output} ({new FileInfo(output).Length / 1024} KB, {model.Index.Count} features before pruning)"));
return 0;

static string FindRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BriefBot.sln")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? Directory.GetCurrentDirectory();
}
