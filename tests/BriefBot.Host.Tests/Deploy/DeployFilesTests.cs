using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using BriefBot.Core.Digests;
using BriefBot.Core.Knowledge;
using BriefBot.Core.State;
using BriefBot.Discord;
using BriefBot.Slack;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace BriefBot.Host.Tests.Deploy;

/// <summary>
/// The files in deploy/ name settings, paths and verbs of this build; these tests catch them drifting apart
/// (a renamed option, a moved file, a root user) since no Docker daemon or systemd runs here.
/// </summary>
public sealed partial class DeployFilesTests
{
    private static readonly Dictionary<string, Type> Sections = new(StringComparer.OrdinalIgnoreCase)
    {
        [DiscordOptions.SectionName] = typeof(DiscordOptions),
        [SlackOptions.SectionName] = typeof(SlackOptions),
        [DigestOptions.SectionName] = typeof(DigestOptions),
        [KnowledgeOptions.SectionName] = typeof(KnowledgeOptions),
        [StateOptions.SectionName] = typeof(StateOptions),
    };

    private static string Root([CallerFilePath] string here = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));

    private static string Read(string file) => File.ReadAllText(Path.Combine(Root(), "deploy", file));

    [Theory]
    [InlineData("Dockerfile")]
    [InlineData("briefbot.service")]
    [InlineData("briefbot.env.example")]
    public void Every_setting_a_deploy_file_names_is_one_briefbot_reads(string file)
    {
        var keys = SettingsIn(file).Distinct(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.True(IsKnown(key), $"{file} sets {key}, which BriefBot does not read"));
    }

    [Fact]
    public void The_image_is_multi_stage_runs_as_non_root_keeps_state_on_a_volume_and_checks_readiness()
    {
        var dockerfile = Read("Dockerfile");
        var stages = dockerfile.Split('\n').Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)).ToList();
        var final = dockerfile[dockerfile.LastIndexOf("\nFROM ", StringComparison.Ordinal)..];

        Assert.True(stages.Count >= 2);
        Assert.Matches(@"\nUSER (\$APP_UID|app)\n", final);
        Assert.Contains("VOLUME /data", final, StringComparison.Ordinal);
        Assert.Contains("Digests__StatePath=/data/", final, StringComparison.Ordinal);
        Assert.Contains("\"health\", \"--url\"", final, StringComparison.Ordinal);
        Assert.Contains(" build --knowledge ", dockerfile, StringComparison.Ordinal);
        foreach (var source in CopySources().Matches(dockerfile).SelectMany(m => m.Groups["paths"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipLast(1)))
        {
            Assert.True(File.Exists(Path.Combine(Root(), source)) || Directory.Exists(Path.Combine(Root(), source)), $"Dockerfile copies {source}, which is not in the repository");
        }
    }

    [Fact]
    public void Compose_builds_the_dockerfile_keeps_state_in_a_volume_and_reads_secrets_from_an_ignored_file()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(Read("compose.yaml")));
        var service = (YamlMappingNode)((YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["services"])["briefbot"];
        var build = (YamlMappingNode)service["build"];
        var context = Path.Combine(Root(), "deploy", build["context"].ToString());
        var volumes = ((YamlSequenceNode)service["volumes"]).Select(v => v.ToString()).ToList();
        var envFile = ((YamlMappingNode)((YamlSequenceNode)service["env_file"])[0])["path"].ToString();

        Assert.True(File.Exists(Path.Combine(context, build["dockerfile"].ToString())));
        Assert.Contains(volumes, v => v.EndsWith(":/data", StringComparison.Ordinal));
        Assert.Contains(volumes, v => v.Contains(":/app/knowledge", StringComparison.Ordinal));
        Assert.Contains("deploy/" + envFile, File.ReadAllLines(Path.Combine(Root(), ".gitignore")));
    }

    [Fact]
    public void The_replicas_profile_runs_postgres_and_replicas_on_it_each_with_the_shelf_and_no_shared_state_file()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(Read("compose.yaml")));
        var services = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["services"];
        var replica = (YamlMappingNode)services["briefbot-replica"];
        var environment = (YamlMappingNode)replica["environment"];
        var volumes = ((YamlSequenceNode)replica["volumes"]).Select(v => v.ToString()).ToList();
        string Profile(string service) => ((YamlSequenceNode)((YamlMappingNode)services[service])["profiles"]).Single().ToString();

        Assert.Equal(("replicas", "replicas"), (Profile("postgres"), Profile("briefbot-replica")));
        Assert.False(((YamlMappingNode)services["briefbot"]).Children.ContainsKey("profiles"));
        Assert.Equal("postgres", environment["State__Provider"].ToString());
        Assert.Contains("Host=postgres;", environment["State__ConnectionString"].ToString(), StringComparison.Ordinal);
        Assert.Contains(volumes, v => v.Contains(":/app/knowledge", StringComparison.Ordinal));
        Assert.DoesNotContain(volumes, v => v.EndsWith(":/data", StringComparison.Ordinal));
        Assert.False(replica.Children.ContainsKey("ports"));
        Assert.All(environment.Children.Keys.Select(k => k.ToString()), key => Assert.True(IsKnown(key), $"compose.yaml sets {key}, which BriefBot does not read"));
    }

    [Fact]
    public void The_systemd_unit_notifies_runs_as_its_own_user_and_keeps_state_in_its_state_directory()
    {
        var unit = Read("briefbot.service");

        Assert.Contains("[Unit]", unit, StringComparison.Ordinal);
        Assert.Contains("[Install]", unit, StringComparison.Ordinal);
        Assert.Contains("\nType=notify\n", unit, StringComparison.Ordinal);
        Assert.Matches(@"\nUser=(?!root\n)\w+\n", unit);
        Assert.Contains("\nStateDirectory=briefbot\n", unit, StringComparison.Ordinal);
        Assert.Contains("Digests__StatePath=/var/lib/briefbot/", unit, StringComparison.Ordinal);
        Assert.Contains("EnvironmentFile=-/etc/briefbot/briefbot.env", unit, StringComparison.Ordinal);
    }

    /// <summary>Dockerfile ENV (with continuation lines), systemd Environment=, or env-file lines (commented out or not).</summary>
    private static IEnumerable<string> SettingsIn(string file)
    {
        var text = Read(file);
        if (file == "Dockerfile")
        {
            return EnvInstruction().Matches(text)
                .SelectMany(m => m.Groups["body"].Value.Split([' ', '\\', '\n'], StringSplitOptions.RemoveEmptyEntries))
                .Where(a => a.Contains('=', StringComparison.Ordinal))
                .Select(a => a[..a.IndexOf('=', StringComparison.Ordinal)]);
        }

        var prefix = file.EndsWith(".service", StringComparison.Ordinal) ? "Environment=" : "";
        return text.Split('\n')
            .Select(l => l.TrimStart('#'))
            .Where(l => l.StartsWith(prefix, StringComparison.Ordinal))
            .Select(l => l[prefix.Length..])
            .Select(l => SettingKey().Match(l))
            .Where(m => m.Success)
            .Select(m => m.Groups["key"].Value);
    }

    /// <summary>Host-level keys, or Section__Property[__index__Property…] that binds to an options class.</summary>
    private static bool IsKnown(string key)
    {
        if (key is "Urls" || key.StartsWith("DOTNET_", StringComparison.Ordinal) || key.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || key.StartsWith("Logging__", StringComparison.Ordinal))
        {
            return true;
        }

        var parts = key.Split("__");
        if (!Sections.TryGetValue(parts[0], out var type))
        {
            return false;
        }

        foreach (var part in parts.Skip(1))
        {
            if (int.TryParse(part, System.Globalization.CultureInfo.InvariantCulture, out _) && type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type))
            {
                type = type.GetGenericArguments()[0];
                continue;
            }

            var property = type.GetProperty(part, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null)
            {
                return false;
            }

            type = property.PropertyType;
        }

        return true;
    }

    [GeneratedRegex(@"^(?<key>[A-Za-z][A-Za-z0-9_]*)=", RegexOptions.None, 1000)]
    private static partial Regex SettingKey();

    [GeneratedRegex(@"(?m)^ENV (?<body>(?:[^\n]*\\\n)*[^\n]*)$", RegexOptions.None, 1000)]
    private static partial Regex EnvInstruction();

    [GeneratedRegex(@"(?m)^COPY (?!--from)(?<paths>[^\n]+)$", RegexOptions.None, 1000)]
    private static partial Regex CopySources();
}
