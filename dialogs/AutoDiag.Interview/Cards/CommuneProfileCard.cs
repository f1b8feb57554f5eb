using System.Globalization;
using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.CommuneProfiles;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Interview.Cards;

/// <summary>The fiche commune as a form: figures, services as toggles, associations, contact.</summary>
public static class CommuneProfileCard
{
    public const string PopulationField = "population";
    public const string PopulationYearField = "populationYear";
    public const string HouseholdsField = "households";
    /// <summary>Each service is a toggle named « service:&lt;id&gt; ».</summary>
    public const string ServiceFieldPrefix = "service:";
    public const string AssociationsField = "associations";
    public const string ContactField = "contact";
    public const string ActionField = "action";
    public const string HistoryAction = "history";

    public static string QuestionKey(int communeId) => $"commune-profile:{communeId.ToString(CultureInfo.InvariantCulture)}";

    public static string ServiceField(string serviceId) => ServiceFieldPrefix + serviceId;

    /// <param name="values">What to show in the fields: the current fiche, or what the participant just typed.</param>
    /// <param name="lastChange">« Dernière modification : … », or null for a fiche never filled.</param>
    public static Attachment Create(string commune, int communeId, JObject values, string? lastChange)
    {
        var body = new List<JObject> { AdaptiveCard.Text(CommuneProfileTexts.CardTitle(commune), bold: true) };
        if (lastChange is not null)
        {
            body.Add(AdaptiveCard.Text(lastChange, subtle: true));
        }
        body.Add(AdaptiveCard.Text(CommuneProfileTexts.CardHint, subtle: true));
        body.Add(AdaptiveCard.NumberInput(PopulationField, CommuneProfileTexts.PopulationLabel, NumberOrNull(values[PopulationField])));
        body.Add(AdaptiveCard.NumberInput(PopulationYearField, CommuneProfileTexts.PopulationYearLabel, NumberOrNull(values[PopulationYearField])));
        body.Add(AdaptiveCard.NumberInput(HouseholdsField, CommuneProfileTexts.HouseholdsLabel, NumberOrNull(values[HouseholdsField])));
        body.Add(AdaptiveCard.Text(CommuneProfileTexts.ServicesTitle, bold: true));
        body.AddRange(CommuneService.All.Select(s =>
            AdaptiveCard.Toggle(ServiceField(s.Id), s.Label, IsOn(values[ServiceField(s.Id)]))));
        body.Add(AdaptiveCard.TextInput(AssociationsField, CommuneProfileTexts.AssociationsLabel,
            CommuneProfileService.AssociationsMaxLength, values.Text(AssociationsField), multiline: true));
        body.Add(AdaptiveCard.TextInput(ContactField, CommuneProfileTexts.ContactLabel,
            CommuneProfileService.ContactMaxLength, values.Text(ContactField), multiline: false));

        var key = QuestionKey(communeId);
        return AdaptiveCard.Create(body,
        [
            AdaptiveCard.Submit(CommuneProfileTexts.Submit, new JObject { [AdaptiveCard.QuestionKeyField] = key }),
            AdaptiveCard.Submit(CommuneProfileTexts.HistoryButton, new JObject { [AdaptiveCard.QuestionKeyField] = key, [ActionField] = HistoryAction }),
        ]);
    }

    /// <summary>The card's fields filled from a stored revision (empty when there is none).</summary>
    public static JObject ValuesOf(CommuneProfileRevision? revision)
    {
        var values = new JObject();
        if (revision is null)
        {
            return values;
        }
        values[PopulationField] = revision.Population;
        values[PopulationYearField] = revision.PopulationYear;
        values[HouseholdsField] = revision.Households;
        foreach (var id in revision.ServiceIds())
        {
            values[ServiceField(id)] = "true";
        }
        values[AssociationsField] = revision.Associations;
        values[ContactField] = revision.Contact;
        return values;
    }

    public static bool IsHistoryRequest(JObject submit) => submit.Text(ActionField) == HistoryAction;

    /// <summary>
    /// Reads a submit. Numbers that are not numbers are problems here; what the numbers mean is checked by
    /// <see cref="CommuneProfileService"/>.
    /// </summary>
    public static CommuneProfileInput Read(JObject submit, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(submit);
        ArgumentNullException.ThrowIfNull(problems);
        int? Number(string field, string notANumber)
        {
            if (TryReadNumber(submit[field], out var value))
            {
                return value;
            }
            problems.Add(notANumber);
            return null;
        }

        var population = Number(PopulationField, CommuneProfileTexts.PopulationNotANumber);
        var year = Number(PopulationYearField, CommuneProfileTexts.PopulationYearNotANumber);
        var households = Number(HouseholdsField, CommuneProfileTexts.HouseholdsNotANumber);
        var services = submit.Properties()
            .Where(p => p.Name.StartsWith(ServiceFieldPrefix, StringComparison.Ordinal) && IsOn(p.Value))
            .Select(p => p.Name[ServiceFieldPrefix.Length..])
            .ToList();
        return new CommuneProfileInput(population, year, households, services,
            submit.Text(AssociationsField), submit.Text(ContactField));
    }

    /// <summary>Empty is « not known » (null); « 4 180 », « 4180 » and 4180 are read; anything else is not a number.</summary>
    private static bool TryReadNumber(JToken? token, out int? value)
    {
        value = null;
        switch (token)
        {
            case null:
            case JValue { Type: JTokenType.Null }:
                return true;
            case JValue { Type: JTokenType.Integer } integer:
                var number = (long)integer;
                if (number is < int.MinValue or > int.MaxValue)
                {
                    return false;
                }
                value = (int)number;
                return true;
            case JValue { Type: JTokenType.Float } real:
                var d = (double)real;
                if (d != Math.Floor(d) || d is < int.MinValue or > int.MaxValue)
                {
                    return false;
                }
                value = (int)d;
                return true;
            case JValue { Type: JTokenType.String } text:
                var cleaned = new string(((string?)text ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c != '\u00A0' && c != '\u202F').ToArray());
                if (cleaned.Length == 0)
                {
                    return true;
                }
                if (int.TryParse(cleaned, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
                {
                    value = parsed;
                    return true;
                }
                if (decimal.TryParse(cleaned, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var dec)
                    && dec == decimal.Truncate(dec) && dec is >= int.MinValue and <= int.MaxValue)
                {
                    value = (int)dec;
                    return true;
                }
                return false;
            default:
                return false;
        }
    }

    private static long? NumberOrNull(JToken? token) => TryReadNumber(token, out var value) ? value : null;

    private static bool IsOn(JToken? token) => token is JValue v && (
        v.Type == JTokenType.Boolean ? (bool)v : string.Equals((string?)v, "true", StringComparison.OrdinalIgnoreCase));
}
