using System.Globalization;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Interview.Cards;

/// <summary>What a review listing is about: a theme across communes, or a commune across themes.</summary>
public sealed record ReviewSubject(string? ThemeId, int? CommuneId)
{
    public static ReviewSubject Theme(string themeId) => new(themeId, null);

    public static ReviewSubject Commune(int communeId) => new(null, communeId);

    public JObject Open(int page) => CardActions.Data(ThemeId is null ? CardActions.OpenCommune : CardActions.OpenTheme, Fields(page));

    /// <summary>The listing and its page, as a card's submit carries them.</summary>
    public (string Name, string Value)[] Fields(int page) => ThemeId is { } themeId
        ? [(ReviewListCard.ThemeIdField, themeId), (ReviewListCard.PageField, Number(page))]
        : [(ReviewListCard.CommuneIdField, Number(CommuneId!.Value)), (ReviewListCard.PageField, Number(page))];

    public JObject Mark() => ThemeId is { } themeId
        ? CardActions.Data(CardActions.MarkReviewed, (ReviewListCard.ThemeIdField, themeId))
        : CardActions.Data(CardActions.MarkReviewed, (ReviewListCard.CommuneIdField, Number(CommuneId!.Value)));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
