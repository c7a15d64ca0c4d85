package org.gongkai.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.content.model.Region;
import org.gongkai.generate.Vocabulary.Department;
import org.gongkai.generate.Vocabulary.Syllable;

/**
 * A made-up province: cities with their districts (区) and counties (县), and the offices in each, numbered in the
 * order they are written. Small enough to keep whole: one record per office, none per project.
 */
final class Atlas {

    /** Cities in the tree are the regions of 市本级 offices; a city's districts and counties hang below it. */
    private static final int REGIONS_PER_CITY = 6;

    /** The three levels an office can sit at, with the letter its id carries (as in luan-szfb, huaiyuan-xzfb). */
    enum Level {
        CITY('s', "市", "全市"), DISTRICT('q', "区", "全区"), COUNTY('x', "县", "全县");

        final char letter;
        final String suffix;
        final String whole;

        Level(char letter, String suffix, String whole) {
            this.letter = letter;
            this.suffix = suffix;
            this.whole = whole;
        }
    }

    /**
     * A region that hosts offices: its id and full name (青阳县), its level, the prefix of its offices' names (a
     * district's carries its city, as 六安市叶集区 does) and the pinyin initials of its name, for project ids.
     */
    record Place(String id, String name, Level level, String officePrefix, String initials) {}

    /** One office to generate: its index (part of every seed that concerns it), where it is, and what it is. */
    record OfficePlan(int index, String id, String name, Place place, Department department) {}

    final Region province;
    final List<OfficePlan> offices;

    private Atlas(Region province, List<OfficePlan> offices) {
        this.province = province;
        this.offices = List.copyOf(offices);
    }

    static Atlas draw(CorpusShape shape, Vocabulary vocabulary) {
        Dice dice = new Dice(shape.seed(), Dice.Purpose.ATLAS);
        Names names = new Names(dice, vocabulary.syllables);
        int departments = vocabulary.departments.size();
        int regions = Math.max(ceilDiv(shape.offices(), departments), (int) Math.ceil(Math.sqrt(shape.offices())));
        int cities = ceilDiv(regions, REGIONS_PER_CITY);
        PlaceName provinceName = names.next();
        List<Place> hosts = new ArrayList<>();
        List<Region> cityNodes = new ArrayList<>();
        for (int c = 0; c < cities; c++) {
            PlaceName city = names.next();
            String cityName = city.han() + Level.CITY.suffix;
            Place cityPlace = new Place(city.id(), cityName, Level.CITY, cityName, city.initials() + Level.CITY.letter);
            hosts.add(cityPlace);
            // The remaining regions are spread over the cities as evenly as they go.
            int below = (regions - cities) / cities + (c < (regions - cities) % cities ? 1 : 0);
            int districts = below < 2 ? 0 : dice.between(1, Math.min(3, below - 1));
            List<Region> children = new ArrayList<>();
            for (int k = 0; k < below; k++) {
                PlaceName county = names.next();
                Level level = k < districts ? Level.DISTRICT : Level.COUNTY;
                String name = county.han() + level.suffix;
                String prefix = level == Level.DISTRICT ? cityPlace.name() + name : name;
                hosts.add(new Place(county.id(), name, level, prefix, county.initials() + level.letter));
                children.add(new Region(county.id(), name, List.of()));
            }
            cityNodes.add(new Region(cityPlace.id(), cityPlace.name(), children));
        }
        Region province = new Region(provinceName.id(), provinceName.han() + "省", cityNodes);
        return new Atlas(province, offices(shape.offices(), hosts, vocabulary.departments, dice));
    }

    /** Every region has a 人民政府办公室, listed first, and a random selection of the other departments. */
    private static List<OfficePlan> offices(int count, List<Place> hosts, List<Department> departments, Dice dice) {
        List<OfficePlan> out = new ArrayList<>();
        for (int r = 0; r < hosts.size(); r++) {
            Place place = hosts.get(r);
            int here = count / hosts.size() + (r < count % hosts.size() ? 1 : 0);
            List<Department> chosen = new ArrayList<>();
            chosen.add(departments.get(0));
            chosen.addAll(dice.shuffled(departments.subList(1, departments.size())));
            for (Department d : chosen.subList(0, here)) {
                String id = place.id() + "-" + place.level().letter + d.abbreviation();
                out.add(new OfficePlan(out.size(), id, place.officePrefix() + d.name(), place, d));
            }
        }
        return out;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    /** A two-syllable name (青阳), its id (qingyang) and initials (qy), before the level is added. */
    private record PlaceName(String han, String id, String initials) {}

    /** Two-syllable place names, never the same name or id twice, nor a syllable doubled (安安). */
    private static final class Names {
        private final Dice dice;
        private final List<Syllable> syllables;
        private final Set<String> used = new HashSet<>();

        Names(Dice dice, List<Syllable> syllables) {
            this.dice = dice;
            this.syllables = syllables;
        }

        PlaceName next() {
            // The syllables allow some 7,000 ids against at most about 4,000 regions; running out is a bug in the lists.
            for (int attempt = 0; attempt < 1_000_000; attempt++) {
                Syllable a = dice.pick(syllables);
                Syllable b = dice.pick(syllables);
                String name = a.han() + b.han();
                String id = a.pinyin() + b.pinyin();
                if (!a.pinyin().equals(b.pinyin()) && !used.contains(name) && !used.contains(id)) {
                    used.add(name);
                    used.add(id);
                    return new PlaceName(name, id, a.pinyin().substring(0, 1) + b.pinyin().substring(0, 1));
                }
            }
            throw new IllegalStateException("place names exhausted after " + used.size() / 2 + " names");
        }
    }
}
