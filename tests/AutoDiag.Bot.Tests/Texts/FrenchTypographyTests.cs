using System.Reflection;
using System.Text.RegularExpressions;
using AutoDiag.Bot.Downloads;
using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Synthesis;

namespace AutoDiag.Bot.Tests.Texts;

/// <summary>
/// French typography in every text a user reads (voice.md): a non-breaking space before « ; : ! ? » and inside
/// guillemets, so that a phone never breaks « Merville : » or « « Santé » » across two lines. Every string constant of
/// the texts classes, and every text method whose parameters can be filled with plain values.
/// </summary>
public sealed partial class FrenchTypographyTests
{
    private static readonly Assembly[] TextAssemblies = [typeof(MainTexts).Assembly, typeof(FicheSyntheseTexts).Assembly, typeof(DownloadTexts).Assembly];

    public static TheoryData<string, string> Texts()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in TextAssemblies.SelectMany(a => a.GetTypes()).Where(t => t.Name.EndsWith("Texts", StringComparison.Ordinal) && t is { IsAbstract: true, IsSealed: true }))
        {
            const BindingFlags Members = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var field in type.GetFields(Members).Where(f => f.FieldType == typeof(string)))
            {
                data.Add($"{type.Name}.{field.Name}", (string)field.GetValue(null)!);
            }
            foreach (var method in type.GetMethods(Members).Where(m => m.ReturnType == typeof(string) && !m.IsSpecialName && !m.IsGenericMethodDefinition))
            {
                foreach (var (arguments, index) in SampleArguments(method).Select((arguments, index) => (arguments, index)))
                {
                    data.Add($"{type.Name}.{method.Name}({method.GetParameters().Length}) #{index}", (string)method.Invoke(null, arguments)!);
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Each_text_keeps_its_non_breaking_spaces(string source, string text)
    {
        var faults = BreakableSpace().Matches(text).Select(m => $"« {text[Math.Max(0, m.Index - 20)..Math.Min(text.Length, m.Index + 3)]} »").ToList();
        Assert.True(faults.Count == 0, $"{source}: an ordinary space where French typography wants a non-breaking one: {string.Join(", ", faults)}");
    }

    [Fact]
    public void The_texts_are_really_read()
    {
        Assert.True(Texts().Count > 400, $"Only {Texts().Count} texts found: the reflection no longer sees the texts classes.");
    }

    /// <summary>
    /// The argument lists a text method is called with: each boolean both ways and each enum value, the other plain
    /// parameters with one sample; none when a parameter is not a plain value.
    /// </summary>
    private static IEnumerable<object?[]> SampleArguments(MethodInfo method)
    {
        IEnumerable<object?[]> lists = [[]];
        foreach (var parameter in method.GetParameters())
        {
            var values = SampleValues(Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType);
            if (values.Count == 0)
            {
                return [];
            }
            lists = lists.SelectMany(list => values.Select(value => (object?[])[.. list, value])).ToList();
        }
        return lists;
    }

    private static IReadOnlyList<object?> SampleValues(Type type) => type switch
    {
        _ when type == typeof(string) => ["Merville"],
        _ when type == typeof(int) => [0, 1, 2],
        _ when type == typeof(long) => [2L],
        _ when type == typeof(double) => [2.5],
        _ when type == typeof(decimal) => [2.5m],
        _ when type == typeof(bool) => [true, false],
        _ when type == typeof(DateTime) => [new DateTime(2026, 12, 5, 14, 30, 0, DateTimeKind.Utc)],
        _ when type == typeof(DateTimeOffset) => [new DateTimeOffset(2026, 12, 5, 14, 30, 0, TimeSpan.Zero)],
        _ when type == typeof(DateOnly) => [new DateOnly(2026, 12, 5)],
        _ when type == typeof(TimeSpan) => [TimeSpan.FromDays(3), TimeSpan.FromHours(36)],
        _ when type.IsEnum => Enum.GetValues(type).Cast<object?>().ToList(),
        _ when type.IsAssignableFrom(typeof(string[])) => [new[] { "Mobilité" }, new[] { "Mobilité", "Santé" }],
        _ => [],
    };

    /// <summary>An ordinary space before « ; : ! ? » (alone, or after a non-breaking one), after « or before ».</summary>
    [GeneratedRegex(@" [;:!?](?=\s|$|\)|\*)|« | »")]
    private static partial Regex BreakableSpace();
}
