namespace Graph.Extraction.References;

/// <summary>
/// The capitals of the world's sovereign states, written down as general knowledge (no open data set on
/// these machines lists them; Debian's iso-codes has no capitals). Used for capital metonymy: a capital
/// that acts ("Moscow warned", "under Ankara's control") stands for its country's government.
/// Country names are the common short English forms ("Russia", "United States").
/// </summary>
internal static class WorldCapitals
{
    private static readonly Dictionary<string, string> CountryByCapital = Build(
        "Kabul|Afghanistan", "Tirana|Albania", "Algiers|Algeria", "Andorra la Vella|Andorra", "Luanda|Angola",
        "Saint John's|Antigua and Barbuda", "Buenos Aires|Argentina", "Yerevan|Armenia", "Canberra|Australia",
        "Vienna|Austria", "Baku|Azerbaijan", "Nassau|Bahamas", "Manama|Bahrain", "Dhaka|Bangladesh",
        "Bridgetown|Barbados", "Minsk|Belarus", "Brussels|Belgium", "Belmopan|Belize", "Porto-Novo|Benin",
        "Thimphu|Bhutan", "Sucre|Bolivia", "La Paz|Bolivia", "Sarajevo|Bosnia and Herzegovina", "Gaborone|Botswana",
        "Brasilia|Brazil", "Brasília|Brazil", "Bandar Seri Begawan|Brunei", "Sofia|Bulgaria", "Ouagadougou|Burkina Faso",
        "Gitega|Burundi", "Praia|Cape Verde", "Phnom Penh|Cambodia", "Yaounde|Cameroon", "Yaoundé|Cameroon",
        "Ottawa|Canada", "Bangui|Central African Republic", "N'Djamena|Chad", "Santiago|Chile", "Beijing|China",
        "Bogota|Colombia", "Bogotá|Colombia", "Moroni|Comoros", "Kinshasa|Democratic Republic of the Congo",
        "Brazzaville|Republic of the Congo", "San Jose|Costa Rica", "San José|Costa Rica", "Yamoussoukro|Ivory Coast",
        "Zagreb|Croatia", "Havana|Cuba", "Nicosia|Cyprus", "Prague|Czech Republic", "Copenhagen|Denmark",
        "Djibouti|Djibouti", "Roseau|Dominica", "Santo Domingo|Dominican Republic", "Quito|Ecuador", "Cairo|Egypt",
        "San Salvador|El Salvador", "Malabo|Equatorial Guinea", "Asmara|Eritrea", "Tallinn|Estonia", "Mbabane|Eswatini",
        "Addis Ababa|Ethiopia", "Suva|Fiji", "Helsinki|Finland", "Paris|France", "Libreville|Gabon", "Banjul|Gambia",
        "Tbilisi|Georgia", "Berlin|Germany", "Accra|Ghana", "Athens|Greece", "Saint George's|Grenada",
        "Guatemala City|Guatemala", "Conakry|Guinea", "Bissau|Guinea-Bissau", "Georgetown|Guyana",
        "Port-au-Prince|Haiti", "Tegucigalpa|Honduras", "Budapest|Hungary", "Reykjavik|Iceland", "New Delhi|India",
        "Jakarta|Indonesia", "Tehran|Iran", "Baghdad|Iraq", "Dublin|Ireland", "Jerusalem|Israel", "Rome|Italy",
        "Kingston|Jamaica", "Tokyo|Japan", "Amman|Jordan", "Astana|Kazakhstan", "Nairobi|Kenya", "Tarawa|Kiribati",
        "Pyongyang|North Korea", "Seoul|South Korea", "Pristina|Kosovo", "Kuwait City|Kuwait", "Bishkek|Kyrgyzstan",
        "Vientiane|Laos", "Riga|Latvia", "Beirut|Lebanon", "Maseru|Lesotho", "Monrovia|Liberia", "Tripoli|Libya",
        "Vaduz|Liechtenstein", "Vilnius|Lithuania", "Luxembourg|Luxembourg", "Antananarivo|Madagascar",
        "Lilongwe|Malawi", "Kuala Lumpur|Malaysia", "Male|Maldives", "Malé|Maldives", "Bamako|Mali", "Valletta|Malta",
        "Majuro|Marshall Islands", "Nouakchott|Mauritania", "Port Louis|Mauritius", "Mexico City|Mexico",
        "Palikir|Micronesia", "Chisinau|Moldova", "Chișinău|Moldova", "Monaco|Monaco", "Ulaanbaatar|Mongolia",
        "Podgorica|Montenegro", "Rabat|Morocco", "Maputo|Mozambique", "Naypyidaw|Myanmar", "Windhoek|Namibia",
        "Kathmandu|Nepal", "Amsterdam|Netherlands", "The Hague|Netherlands", "Wellington|New Zealand",
        "Managua|Nicaragua", "Niamey|Niger", "Abuja|Nigeria", "Skopje|North Macedonia", "Oslo|Norway", "Muscat|Oman",
        "Islamabad|Pakistan", "Ngerulmud|Palau", "Ramallah|Palestine", "Panama City|Panama",
        "Port Moresby|Papua New Guinea", "Asuncion|Paraguay", "Asunción|Paraguay", "Lima|Peru", "Manila|Philippines",
        "Warsaw|Poland", "Lisbon|Portugal", "Doha|Qatar", "Bucharest|Romania", "Moscow|Russia", "Kigali|Rwanda",
        "Basseterre|Saint Kitts and Nevis", "Castries|Saint Lucia", "Kingstown|Saint Vincent and the Grenadines",
        "Apia|Samoa", "San Marino|San Marino", "Sao Tome|Sao Tome and Principe", "Riyadh|Saudi Arabia",
        "Dakar|Senegal", "Belgrade|Serbia", "Victoria|Seychelles", "Freetown|Sierra Leone", "Singapore|Singapore",
        "Bratislava|Slovakia", "Ljubljana|Slovenia", "Honiara|Solomon Islands", "Mogadishu|Somalia",
        "Pretoria|South Africa", "Juba|South Sudan", "Madrid|Spain", "Colombo|Sri Lanka", "Khartoum|Sudan",
        "Paramaribo|Suriname", "Stockholm|Sweden", "Bern|Switzerland", "Damascus|Syria", "Taipei|Taiwan",
        "Dushanbe|Tajikistan", "Dodoma|Tanzania", "Bangkok|Thailand", "Dili|Timor-Leste", "Lome|Togo", "Lomé|Togo",
        "Nuku'alofa|Tonga", "Port of Spain|Trinidad and Tobago", "Tunis|Tunisia", "Ankara|Turkey",
        "Ashgabat|Turkmenistan", "Funafuti|Tuvalu", "Kampala|Uganda", "Kyiv|Ukraine", "Kiev|Ukraine",
        "Abu Dhabi|United Arab Emirates", "London|United Kingdom", "Washington|United States",
        "Washington, D.C.|United States", "Montevideo|Uruguay", "Tashkent|Uzbekistan", "Port Vila|Vanuatu",
        "Vatican City|Vatican City", "Caracas|Venezuela", "Hanoi|Vietnam", "Sanaa|Yemen", "Sana'a|Yemen",
        "Lusaka|Zambia", "Harare|Zimbabwe");

    /// <summary>The country whose capital <paramref name="name"/> is, or null (case and accents as written).</summary>
    public static string? CountryOf(string name) =>
        CountryByCapital.TryGetValue(name.Trim(), out var country) ? country : null;

    private static Dictionary<string, string> Build(params string[] pairs)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in pairs)
        {
            var bar = pair.IndexOf('|', StringComparison.Ordinal);
            map[pair[..bar]] = pair[(bar + 1)..];
        }

        return map;
    }
}
