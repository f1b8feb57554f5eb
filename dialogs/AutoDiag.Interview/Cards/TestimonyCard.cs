using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Testimonies;
using AutoDiag.Knowledge.Themes;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Interview.Cards;

/// <summary>A témoignage in one card: the structure heard, what it sees, the enjeux, what it recommends.</summary>
public static class TestimonyCard
{
    public const string StructureField = "structure";
    public const string PerceptionsField = "perceptions";
    public const string EnjeuxField = "enjeux";
    public const string PreconisationsField = "preconisations";

    /// <param name="typed">What was typed before, given back when it could not be saved.</param>
    public static Attachment Create(IEnumerable<JObject> header, TestimonyInput? typed) =>
        AdaptiveCard.Create(
            [
                .. header,
                AdaptiveCard.TextInput(StructureField, TestimonyTexts.StructureLabel, TestimonyService.StructureMaxLength, typed?.Structure, multiline: false),
                AdaptiveCard.TextInput(PerceptionsField, TestimonyTexts.PerceptionsLabel, TestimonyService.TextMaxLength, typed?.Perceptions, multiline: true),
                AdaptiveCard.TextInput(EnjeuxField, TestimonyTexts.EnjeuxLabel, TestimonyService.TextMaxLength, typed?.Enjeux, multiline: true),
                AdaptiveCard.TextInput(PreconisationsField, TestimonyTexts.PreconisationsLabel, TestimonyService.TextMaxLength, typed?.Preconisations, multiline: true),
            ],
            [AdaptiveCard.Submit(TestimonyTexts.Submit, CardActions.Data(CardActions.RecordTestimony))]);

    public static TestimonyInput Read(JObject submit) => new(
        submit.Text(StructureField) ?? string.Empty,
        submit.Text(PerceptionsField),
        submit.Text(EnjeuxField),
        submit.Text(PreconisationsField));

    /// <summary>The acknowledgement: the themes found, their correction, and a new card one tap away.</summary>
    public static Attachment Recorded(string acknowledgement, TestimonyView testimony, ThemeCatalog themes) =>
        AdaptiveCard.Create(
            [AdaptiveCard.Text(acknowledgement)],
            [
                ThemeCorrectionCard.ForTestimony(testimony.Id, testimony.Themes.ToList(), themes),
                AdaptiveCard.Submit(TestimonyTexts.Another, CardActions.Data(CardActions.NewTestimony)),
            ]);
}
