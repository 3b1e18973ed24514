using System.Globalization;
using LiteDB;

namespace BriefBot.Benchmarks.Bases;

/// <summary>
/// <c>dump DATABASE FOLDER</c>: every collection of a built knowledge base as one file of JSON lines, documents in
/// <c>_id</c> order, without what differs from build to build of the same shelf (when it was built, its build id,
/// file times). Two builds of one shelf dump to identical folders when a change kept the output (`diff -r`).
/// </summary>
internal static class BaseDumpVerb
{
    public static int Run(string[] args)
    {
        if (args.Length != 2)
        {
            Console.Error.WriteLine("dump DATABASE FOLDER");
            return 2;
        }

        using var db = new LiteDatabase(new ConnectionString { Filename = args[0], ReadOnly = true, Connection = ConnectionType.Direct });
        Directory.CreateDirectory(args[1]);
        foreach (var name in db.GetCollectionNames().Order(StringComparer.Ordinal))
        {
            using var writer = new StreamWriter(Path.Combine(args[1], name + ".jsonl"));
            var documents = db.GetCollection(name).FindAll().ToList().OrderBy(d => d["_id"].ToString(), StringComparer.Ordinal);
            var count = 0;
            foreach (var document in documents)
            {
                if (name == "meta" && document["_id"].AsString is "builtAt" or "build")
                {
                    continue;
                }

                if (name == "files")
                {
                    document.Remove("time");
                    document.Remove("noted");
                }

                writer.WriteLine(JsonSerializer.Serialize(document));
                count++;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {count}"));
        }

        return 0;
    }
}
