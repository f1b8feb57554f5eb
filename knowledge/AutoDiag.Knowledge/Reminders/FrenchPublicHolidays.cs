namespace AutoDiag.Knowledge.Reminders;

/// <summary>
/// The eleven national public holidays of France (Code du travail, L3133-1): no reminder is sent on them. The two
/// extra days of Alsace-Moselle (Vendredi saint, 26 décembre) and the overseas ones are not included.
/// </summary>
public static class FrenchPublicHolidays
{
    public static bool IsHoliday(DateOnly date) => Of(date.Year).Contains(date);

    public static IReadOnlySet<DateOnly> Of(int year)
    {
        var easter = EasterSunday(year);
        return new HashSet<DateOnly>
        {
            new(year, 1, 1),          // Jour de l'an
            easter.AddDays(1),        // Lundi de Pâques
            new(year, 5, 1),          // Fête du travail
            new(year, 5, 8),          // Victoire 1945
            easter.AddDays(39),       // Ascension
            easter.AddDays(50),       // Lundi de Pentecôte
            new(year, 7, 14),         // Fête nationale
            new(year, 8, 15),         // Assomption
            new(year, 11, 1),         // Toussaint
            new(year, 11, 11),        // Armistice 1918
            new(year, 12, 25),        // Noël
        };
    }

    /// <summary>Easter Sunday of the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }
}
