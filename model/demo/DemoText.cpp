#include "demo/DemoText.h"

#include <QMap>

namespace lantern::demo {

namespace {

QStringList utf8(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

QMap<QString, CategoryText> buildTexts()
{
    QMap<QString, CategoryText> texts;
    const auto add = [&texts](const char* id, std::initializer_list<const char*> accounts,
                              std::initializer_list<const char*> words,
                              std::initializer_list<const char*> places) {
        texts.insert(QString::fromUtf8(id), CategoryText{utf8(accounts), utf8(words), utf8(places)});
    };
    add("neglect",
        {"{name} arrived in the same clothes as the last three days; they were unwashed and too small. {He} "
         "ate two "
         "portions at breakfast club and said there had been no tea last night.",
         "{name} was not collected at the end of the day until 16:45. No one answered the numbers we hold "
         "until 16:30. "
         "This is the fourth late collection this half term.",
         "{name} has had toothache for over a week and says no dentist appointment has been made. {His} coat "
         "is not "
         "warm enough for the weather and {his} shoes have a split sole.",
         "{name} has head lice again and has been scratching {his} scalp until it bleeds. Two letters home "
         "about "
         "treatment have had no reply.",
         "{name}'s packed lunch today was a packet of crisps. {He} said there was nothing else in the "
         "cupboard and "
         "that {he} was hungry yesterday too.",
         "{name} fell asleep in the reading corner this morning and said {he} was up late looking after "
         "{his} "
         "younger brother because {parent} was out."},
        {"There wasn't any food so I went to bed.", "My shoes hurt but there's no money for new ones.",
         "I got myself ready. {Parent} was still asleep."},
        {"Breakfast club", "Classroom", "School office"});
    add("physical-abuse",
        {"While changing for PE I noticed a bruise about the size of a 50p coin on {name}'s upper arm. When "
         "I asked how "
         "it happened {he} said {he} could not remember, then said {he} fell over at home.",
         "{name} had a red mark on {his} cheek this morning. {He} said {he} was 'told off' last night and "
         "did not want "
         "to say more. I did not ask leading questions.",
         "{name} was walking stiffly and would not sit down in assembly. When the teaching assistant asked "
         "if {he} "
         "was hurt, {he} said {he} was not allowed to say.",
         "{name} has a burn mark about the size of a fingertip on the back of {his} hand. {He} gave two "
         "different "
         "explanations to two members of staff."},
        {"I fell over. Please don't tell {Parent} I said.", "{partner} gets cross when I'm slow."},
        {"PE changing room", "Classroom"});
    add("emotional-abuse",
        {"{name} said that at home {he} is told {he} is stupid and that nobody wants {him}. {He} was tearful "
         "and "
         "withdrawn all morning.",
         "{Parent} shouted at {name} at the gate at pick-up and called {him} names in front of other "
         "parents. {name} "
         "looked frightened and went quiet.",
         "{name} became very distressed when told a letter about {his} behaviour would go home, and said "
         "{he} would "
         "be 'in big trouble' and 'not allowed to eat'."},
        {"Nobody at home likes me.", "I'm the reason everything is bad."},
        {"Classroom", "School gate at pick-up"});
    add("sexual-abuse",
        {"{name} told me that an adult who visits the home makes {him} keep secrets and that {he} does not "
         "like it. "
         "I listened, did not ask leading questions and told {him} I would need to tell the DSL."},
        {"It's a secret and I'm not allowed to say."}, {"Library", "Classroom"});
    add("infant-or-unborn-safety",
        {"{name} said the new baby at home cries a lot and that {partner} shouts at it. {name} said {he} "
         "looks after "
         "the baby when {parent} is asleep.",
         "{Parent} told the office {she} is expecting a baby in the spring and that the family has nowhere "
         "settled "
         "to live."},
        {"I have to look after the baby."}, {"Classroom", "School office"});
    add("child-on-child-physical",
        {"At lunchtime {other} pushed {name} over on the playground and kicked {him} while {he} was on the "
         "ground. A "
         "lunchtime supervisor separated them; {name} has a graze on {his} knee.",
         "{name} was punched by {other} in the corridor between lessons. Both were taken to separate rooms "
         "and first "
         "aid was given."},
        {"{other} always does it when the teachers aren't looking."}, {"Playground", "Corridor"});
    add("child-on-child-sexual",
        {"{name} told {his} teacher that {other} touched {him} in a way {he} did not like during a game at "
         "break and "
         "did not stop when asked. The children were kept apart for the rest of the day."},
        {"I said stop and {other} didn't stop."}, {"Playground"});
    add("sexual-harassment",
        {"{name} reported that a group of pupils in {his} year have been making comments about {his} body in "
         "the "
         "corridor and in a group chat. {He} showed me screenshots; I did not copy or keep them."},
        {"They do it every day and everyone laughs."}, {"Corridor", "Online (reported in school)"});
    add("nude-image-sharing",
        {"{name} told me an image of {him} has been shared in a year-group chat. I did not view, copy or ask "
         "to see "
         "the image, and followed the school's guidance on sharing nudes and semi-nudes."},
        {"I only sent it to one person. Now everyone has it."}, {"Online (reported in school)"});
    add("upskirting",
        {"{name} reported that {other} held a phone under {his} skirt in the lunch queue. I did not look at "
         "the "
         "phone; I took both pupils to the DSL's office straight away."},
        {"I heard the camera click."}, {"Dining hall"});
    add("harmful-sexual-behaviour",
        {"A teaching assistant saw {other} behaving in a sexualised way towards {name} in the toilets, which "
         "is not "
         "expected for their age. The children were separated and both were kept with an adult."},
        {}, {"Toilets", "Playground"});
    add("bullying",
        {"{name} said children in {his} class have been leaving {him} out and calling {him} names because of "
         "{his} "
         "accent. {He} has asked to stay in at lunchtime every day this week.",
         "{name}'s {parent} phoned to say {name} is being sent unkind messages on a gaming app by children "
         "in {his} "
         "year, including {other}, and does not want to come to school.",
         "{other} has taken {name}'s lunch three times this week and told {him} not to tell anyone.",
         "{name} was found crying in the toilets at lunchtime. {He} said a group in {his} class, including "
         "{other}, "
         "laugh at {him} and say {he} cannot play with them."},
        {"I don't want to go out to play any more.", "They say I smell and nobody sits with me."},
        {"Playground", "Classroom", "Online (reported in school)"});
    add("initiation-violence",
        {"{name} said older students told {him} {he} had to be hit to join their group and that it happened "
         "on the "
         "field after school. {He} has a bruise on {his} shoulder."},
        {"Everyone has to do it. It's just a joke."}, {"School field"});
    add("teenage-relationship-abuse",
        {"{name}'s friend told me that {name}'s {partner} checks {his} phone, tells {him} who {he} can see "
         "and got "
         "angry when {he} talked to other people at lunch. {name} confirmed this and said {he} is scared of "
         "ending it."},
        {"I have to send a photo of where I am or there's trouble."}, {"Dining hall", "Corridor"});
    add("child-sexual-exploitation",
        {"{name} has been seen getting into cars with older men after school and has a new phone and clothes "
         "{he} "
         "says are presents. {He} has been missing from lessons on Friday afternoons."},
        {"They're my friends. They look after me."}, {"School gate at pick-up"});
    add("group-based-exploitation",
        {"{name} said a group of adult men {he} met through a friend give {him} and {his} friends alcohol "
         "and lifts, "
         "and that one asked {him} to bring other girls. {He} said {he} does not want to get anyone in "
         "trouble."},
        {"They're not bad. They buy us stuff."}, {"Classroom"});
    add("child-criminal-exploitation",
        {"{name} has been carrying a lot of cash and two phones. {He} said an older friend pays {him} to "
         "drop things "
         "off after school and that {he} owes them money.",
         "{name} was seen handing a package to a young adult in a car outside the school gates at 15:20."},
        {"If I stop they'll come to my house."}, {"School gate at pick-up", "Corridor"});
    add("county-lines",
        {"{name} was reported missing for two nights and was found by police in another county. {He} had a "
         "train "
         "ticket and a phone that is not {his} own."},
        {"I was just visiting someone."}, {"Disclosed in school"});
    add("gangs-serious-violence",
        {"{name} told {his} form tutor {he} is scared to walk home because of a group from another estate "
         "and that {he} "
         "has been told to carry something to protect {himself}."},
        {"Everyone carries. You have to."}, {"Classroom"});
    add("trafficking-modern-slavery",
        {"{name} arrived recently and lives with adults {he} calls uncle and auntie who are not relatives. "
         "{He} said {he} "
         "does housework every evening and is not allowed out."},
        {"I work at home. I can't go out."}, {"Classroom"});
    add("radicalisation",
        {"{name} has been repeating views from online videos that blame one religious group for crime, and "
         "told "
         "classmates that violence against them would be justified. {He} showed a teacher a channel {he} "
         "follows."},
        {"They're taking over. Someone has to do something."}, {"Classroom", "Library"});
    add("online-abuse",
        {"{name} told me an adult {he} met in an online game has asked {him} to move to a private chat, keep "
         "it secret "
         "and send photos. {He} has not met the person and has not sent any photos."},
        {"He said he was twelve too."}, {"Online (reported in school)"});
    add("harmful-online-content",
        {"{name} has been repeating claims from online videos about women to girls in {his} class and said "
         "{he} "
         "watches them every night.",
         "{name} was upset after seeing a video of a fight that was shared in a class chat and could not "
         "concentrate "
         "all morning."},
        {"It's true, he says it in all his videos."}, {"Classroom", "Online (reported in school)"});
    add("domestic-abuse",
        {"{name} said {parent} and {partner} were shouting and throwing things last night and that {he} hid "
         "in {his} "
         "room. {He} was tired and quiet all morning.",
         "{name} said {he} could not sleep because of the arguing at home and that the police came. {He} "
         "asked if "
         "{he} could stay at school late.",
         "{name} drew a picture in class of {his} family with {partner} 'very angry' and {parent} crying, "
         "and told "
         "the teaching assistant it was 'last night'.",
         "{Parent} arrived at drop-off with a cut lip and a bruise on {parentHis} cheek and asked the office "
         "not to "
         "let {partner} collect the children today."},
        {"They were shouting again so I put my headphones on.", "I hid under the bed with my sister."},
        {"Classroom", "Breakfast club"});
    add("coercive-control",
        {"{Parent} told me at the gate that {partner} controls the family's money and {parentHis} phone and "
         "does not "
         "let the children see their grandparents. {Parent} asked that school does not phone {parentHis} "
         "mobile."},
        {"We're not allowed to go to Nan's any more."}, {"School gate at pick-up"});
    add("parental-alcohol-misuse",
        {"{Parent} smelt strongly of alcohol when collecting {name} at 15:15 and was unsteady. Another adult "
         "on our "
         "contact list collected {name} at 15:50."},
        {"{Parent} has the special drink when {she} is sad."}, {"School gate at pick-up"});
    add("parental-drug-misuse",
        {"{name} said {parent} sleeps all day and that people come and go at night. {He} has been late every "
         "day this "
         "week and arrived without breakfast."},
        {"There are people at our house at night."}, {"Breakfast club", "Classroom"});
    add("parental-mental-health",
        {"{Parent} told me {she} has not been able to get out of bed for weeks and that {name} has been "
         "getting {himself} "
         "ready for school. {Parent} was tearful and asked for help."},
        {"{Parent} is sad all the time."}, {"School office"});
    add("parental-learning-disability",
        {"{name}'s parents find the school's letters hard to follow and missed the last two parents' "
         "meetings. {name}'s "
         "reading book has not been changed since September and {his} uniform is often damp."},
        {}, {"Classroom"});
    add("parental-illness-disability",
        {"{name}'s {parent} has been in hospital for three weeks and {name} is helping to look after a "
         "younger "
         "sibling at home. {He} fell asleep in class this afternoon."},
        {"I have to make tea for my brother."}, {"Classroom"});
    add("young-carer",
        {"{name} said {he} helps {parent} with medication and does the shopping after school. {He} has "
         "missed "
         "homework for a month and says {he} is always tired."},
        {"I don't mind. Someone has to do it."}, {"Classroom"});
    add("private-fostering",
        {"{name} has been living with a family friend for the last six weeks while {parent} is abroad. The "
         "office "
         "found out when the friend asked to be added as a contact."},
        {"I'm staying with Auntie till {Parent} comes back."}, {"School office"});
    add("housing-poverty",
        {"The family have been moved to temporary accommodation forty minutes away and {name} is arriving "
         "late and "
         "hungry. {Parent} said there is no money for the bus until Friday.",
         "{Parent} told the office the family has been served notice on their flat and has nowhere to go at "
         "the end "
         "of the month."},
        {"We all sleep in one room now."}, {"School office", "Breakfast club"});
    add("fgm",
        {"{name}'s older sister told a teacher the family is going abroad for the summer for a special "
         "ceremony for "
         "{name}, and that she is worried about it. {name} said {he} is going to have a party."},
        {"I'm going to have a special party and be a big girl."}, {"Classroom"});
    add("forced-marriage",
        {"{name} said {his} parents have arranged for {him} to marry a cousin during the summer holiday and "
         "that {he} "
         "does not want to. {He} asked that nobody at home finds out {he} told school."},
        {"Please don't call my dad."}, {"Library"});
    add("honour-based-abuse",
        {"{name} said {his} brother follows {him} home and reports who {he} talks to, and that {he} will be "
         "in trouble "
         "with the family if {he} is seen with friends from school."},
        {"If they find out I'll be sent away."}, {"Classroom"});
    add("faith-belief-abuse",
        {"{name} said a visitor to the home told the family {he} has a bad spirit in {him} and that there "
         "will be a "
         "ceremony to get it out. {He} seemed frightened."},
        {"They say I'm the reason for the bad luck."}, {"Classroom"});
    add("self-harm",
        {"A friend told me {name} showed them cuts on {his} forearm. {name} said {he} did it last night "
         "because "
         "everything is too much. First aid was not needed; the school nurse was informed.",
         "{name} wrote in {his} planner that {he} does not want to be here any more. {He} was kept with a "
         "trusted "
         "adult while the DSL was found."},
        {"It's the only thing that helps.", "I just want it all to stop."}, {"Classroom", "Corridor"});
    add("child-mental-health",
        {"{name} has stopped eating lunch, is tearful in lessons and told me {he} worries all the time and "
         "cannot "
         "sleep. {His} attendance has dropped to 84%.",
         "{name} had a panic attack in assembly and needed to be taken out. {He} said it has happened at "
         "home too.",
         "{name} has stopped joining in at break and told {his} teacher {he} feels 'empty' and that nobody "
         "would "
         "notice if {he} was not here."},
        {"My head won't stop.", "I feel sick every morning."}, {"Classroom", "Dining hall"});
    add("child-alcohol-drug-misuse",
        {"{name} smelt of cannabis when {he} came back after lunch and was giggly and unfocused in class. "
         "{He} said "
         "older friends give it to {him} at the park."},
        {"Everyone does it. It's only weed."}, {"Classroom"});
    add("child-disability-health",
        {"{name}'s inhaler has been empty for two weeks and {parent} has not collected the new prescription "
         "after two "
         "reminders. {name} had an asthma attack at lunchtime today.",
         "{name}'s hearing aids have not been in school for three weeks; {parent} says they are lost."},
        {"I can't hear the teacher."}, {"Dining hall", "Classroom"});
    add("missing-episode",
        {"{Parent} phoned at 08:15 to say {name} did not come home last night and was reported missing to "
         "the police. "
         "{name} arrived at school at 10:30 and said {he} stayed at a friend's house."},
        {"I just needed to get out."}, {"School office"});
    add("missing-education",
        {"{name}'s attendance is 71% this term and the family have not answered calls or the attendance "
         "officer's "
         "home visit. A neighbour told the office the family may have moved."},
        {}, {"School office"});
    add("uasc",
        {"{name} arrived in the UK alone and lives in a supported placement arranged by the local authority. "
         "{He} is "
         "anxious about {his} asylum interview next week and asked for help."},
        {"I don't know what they will ask me."}, {"Classroom"});
    add("behaviour-of-concern",
        {"{name} has thrown chairs and hit out at staff when asked to come in after play, four times this "
         "week. This "
         "is new; {his} teacher says it started after half term.",
         "{name} has been found taking food from other children's bags and hiding it in {his} tray."},
        {"I don't care. Nobody listens anyway."}, {"Playground", "Classroom"});
    // Not a harm category: the account for a concern about a member of staff (the LADO route).
    add("lado",
        {"{name} said a member of staff grabbed {his} arm to move {him} along the corridor and that it hurt. "
         "There is "
         "a red mark on {his} forearm. I did not speak to the member of staff about it."},
        {"Sir grabbed me really hard."}, {"Corridor"});
    add("other",
        {"{name} said a man {he} did not know spoke to {him} and a friend at the park on the way home and "
         "offered them "
         "a lift. They said no and went home."},
        {"He said he knew my mum."}, {"Disclosed in school"});
    return texts;
}

} // namespace

const CategoryText& textFor(const QString& categoryId)
{
    static const QMap<QString, CategoryText> texts = buildTexts();
    const auto found = texts.constFind(categoryId);
    return found != texts.constEnd() ? *found : texts.constFind(QStringLiteral("other")).value();
}

QString Wording::fill(const QString& pattern) const
{
    const bool girl = sex == QLatin1String("F");
    QString text = pattern;
    const auto replace = [&text](const char* placeholder, const QString& value) {
        text.replace(QLatin1String(placeholder), value);
    };
    const QString upperParent = parent.isEmpty() ? parent : parent.at(0).toUpper() + parent.mid(1);
    // {she} and {parentHis} are about the parent, so they follow the parent's word.
    const bool motherly = parent == QLatin1String("Mum") || parent == QLatin1String("Nan");
    replace("{she}", motherly ? QStringLiteral("she") : QStringLiteral("he"));
    replace("{parentHis}", motherly ? QStringLiteral("her") : QStringLiteral("his"));
    replace("{himself}", girl ? QStringLiteral("herself") : QStringLiteral("himself"));
    replace("{He}", girl ? QStringLiteral("She") : QStringLiteral("He"));
    replace("{His}", girl ? QStringLiteral("Her") : QStringLiteral("His"));
    replace("{he}", girl ? QStringLiteral("she") : QStringLiteral("he"));
    replace("{him}", girl ? QStringLiteral("her") : QStringLiteral("him"));
    replace("{his}", girl ? QStringLiteral("her") : QStringLiteral("his"));
    replace("{name}", name);
    replace("{other}", other.isEmpty() ? QStringLiteral("another pupil") : other);
    replace("{Parent}", upperParent);
    replace("{parent}", parent);
    replace("{partner}", partner);
    replace("{language}", language);
    return text;
}

namespace DemoText {

QStringList immediateActions()
{
    return utf8(
        {"Listened, did not ask leading questions and told {him} I would pass this to the DSL. Recorded "
         "straight "
         "away.",
         "Reassured {name}, gave {him} time in the quiet room and told the DSL in person.",
         "Kept {name} with a familiar adult and told the DSL by phone; recorded at the end of the lesson.",
         "Told the DSL at break. Did not speak to the family."});
}

QList<FollowUp> followUpAccounts()
{
    const auto followUp = [](const char* category, const char* account) {
        return FollowUp{QString::fromLatin1(category), QString::fromUtf8(account)};
    };
    return {
        followUp(
            "",
            "{name} came in upset and said things at home are 'the same as before'. {He} did not want to say "
            "more and asked to sit with the learning mentor."),
        followUp("neglect",
                 "{name} has been late on six of the last ten days and arrived tired. {He} said {he} had to "
                 "get {himself} ready again."),
        followUp("child-mental-health",
                 "{name} was quiet and withdrawn all day and did not eat lunch. When asked, {he} "
                 "said {he} was just tired and did not want to go home."),
        followUp(
            "",
            "{Parent} did not come to the meeting arranged for today and has not returned two calls. {name} "
            "said {parent} is not well."),
        followUp("domestic-abuse",
                 "{name} told {his} teacher there was more shouting at the weekend and that {he} "
                 "stayed in {his} room the whole time."),
        followUp("missing-education", "{name}'s attendance this half term is 83%. Three of the absences are "
                                      "unexplained and the phone numbers we hold went to voicemail."),
        followUp(
            "",
            "{name} asked if {he} could stay in school at the end of the day and became upset when told {he} "
            "could not."),
        followUp("neglect",
                 "{name} has lost weight this term, according to the school nurse, and is hungry at "
                 "breakfast club every morning."),
    };
}

QStringList repeatMonitorReasons()
{
    return utf8(
        {"Similar to an earlier concern but not at a level that needs another agency. Monitor attendance, "
         "presentation and mood.",
         "Adds to the pattern already on file; the DSL will review the chronology on the date below.",
         "Shared with the professionals already involved; school keeps up its daily check-ins."});
}

QStringList decisionReasons(const QString& outcome)
{
    static const QMap<QString, QStringList> reasons{
        {QStringLiteral("no-further-action"),
         utf8({"The explanation is consistent with what {parent} told us and there are no other concerns on "
               "file. "
               "Class teacher to keep an eye.",
               "Resolved in school the same day and {parent} spoken to. Nothing to suggest harm at home."})},
        {QStringLiteral("monitor"), utf8({"A single worry so far; the pattern needs watching. Class teacher "
                                          "to record anything further and the "
                                          "DSL will review on the date below.",
                                          "Nothing on file before this; the class teacher will watch "
                                          "presentation and mood and record anything "
                                          "further."})},
        {QStringLiteral("in-school-support"), utf8({"{name} would benefit from the learning mentor's "
                                                    "check-ins and a place at breakfast club; nothing "
                                                    "suggests significant harm at present.",
                                                    "Support in school through the pastoral team: a trusted "
                                                    "adult, a daily check-in and a worry box."})},
        {QStringLiteral("family-help-request"), utf8({"Several concerns this term about the same needs. "
                                                      "{Parent} agrees the family would benefit from family "
                                                      "help and consented to the request.",
                                                      "Needs are beyond what school can meet alone. Family "
                                                      "help request made with {parent}'s agreement."})},
        {QStringLiteral("referral-to-childrens-social-care"),
         utf8({"The concerns meet the threshold for children's social care in the local threshold guidance. "
               "Discussed with the front door consultation line, who advised a referral.",
               "A pattern of concerns and today's disclosure together suggest {name} may be suffering "
               "significant "
               "harm. Referral made the same day."})},
        {QStringLiteral("police"),
         utf8({"Risk of criminal exploitation and immediate risk outside school: police informed alongside a "
               "referral to children's social care."})},
        {QStringLiteral("prevent-channel"), utf8({"The views expressed suggest vulnerability to "
                                                  "radicalisation. Discussed with the local Prevent lead, "
                                                  "who advised a Prevent referral."})},
        {QStringLiteral("lado"), utf8({"The concern is about a member of staff. Discussed with the LADO "
                                       "within one working day; headteacher "
                                       "informed. No contact with the member of staff about the detail."})},
        {QStringLiteral("health"),
         utf8({"Health needs are at the centre of this. Advice from the CAMHS duty line followed and a "
               "referral made "
               "with {parent}'s consent.",
               "School nurse referral for a health assessment, agreed with {parent}."})},
    };
    return reasons.value(outcome);
}

QStringList consulted(const QString& outcome)
{
    if (outcome == QLatin1String("referral-to-childrens-social-care") || outcome == QLatin1String("police"))
        return utf8({"Front door consultation line; deputy DSL", "Deputy DSL; class teacher",
                     "Front door consultation line"});
    if (outcome == QLatin1String("lado"))
        return utf8({"LADO; headteacher"});
    if (outcome == QLatin1String("prevent-channel"))
        return utf8({"Local Prevent lead; deputy DSL"});
    if (outcome == QLatin1String("health"))
        return utf8({"School nurse; CAMHS duty line", "School nurse"});
    return utf8({"Class teacher", "Deputy DSL", "SENCo; class teacher", "Attendance officer", ""});
}

QStringList parentsNotInformedReasons()
{
    return utf8(
        {"Advice from the front door: telling the family now could place {name} at greater risk.",
         "The concern is about someone in the household; children's social care will decide when the family "
         "is told."});
}

QStringList parentsNotYetReasons()
{
    return utf8({"{Parent} not reachable by phone today; the DSL will speak to them at collection tomorrow.",
                 "Waiting for the interpreter booked for tomorrow morning."});
}

QList<VoiceText> voices()
{
    const auto voice = [](const char* method, const char* words, const char* adaptations,
                          bool absentDad = false) {
        return VoiceText{QString::fromUtf8(method), QString::fromUtf8(words), QString::fromUtf8(adaptations),
                         absentDad};
    };
    return {
        voice("conversation", "I like school because it's quiet here.",
              "Quiet room, familiar adult, at {his} pace."),
        voice("conversation", "I want the shouting to stop.",
              "Walk-and-talk round the field with the learning mentor."),
        voice("conversation", "I miss my dad. I want to see him at weekends.", "Quiet room; breaks offered.",
              true),
        voice("conversation", "I feel safe at breakfast club with Miss.", "Familiar adult; short questions."),
        voice("drawing",
              "Drew {his} home with everyone in it and put {himself} in the garden, away from the others: "
              "'that's "
              "where I go'.",
              "Drawing materials; the adult wrote down what {he} said about the picture."),
        voice("drawing", "Drew a big sun over school and a cloud over home.",
              "Drawing; sitting side by side."),
        voice("writing", "Three things that worry me: money, {parent} being sad, my brother.",
              "Wrote it down rather than saying it aloud, as {he} preferred."),
        voice("interpreter", "I don't understand what the social worker says. I want someone to explain.",
              "Telephone interpreter ({language}); simple questions, checked back."),
        voice("observation",
              "Played with the dolls' house; made the grown-up figure shout at the others and then put it "
              "outside.",
              "Observed in free play in the classroom; no questions asked."),
        voice("communication-aid", "Chose the symbols 'home - sad' and 'school - happy'.",
              "Symbol board from {his} speech and language plan."),
    };
}

QStringList wishesAndFeelings()
{
    return utf8({"Wants to stay living with {parent} and see family at weekends.",
                 "Wants more time with friends and less looking after younger siblings.",
                 "Wants the adults at home to stop arguing.", "Wants to keep coming to breakfast club.",
                 "Wants someone to check in with {him} every morning.",
                 "Wants to stay at this school whatever happens at home."});
}

QList<ManualText> manualEntries(const QString& type)
{
    const auto entry = [&type](const char* summary, const char* source, const char* why, const char* effect,
                               bool significant) {
        return ManualText{type,
                          QString::fromUtf8(summary),
                          QString::fromUtf8(source),
                          QString::fromUtf8(why),
                          QString::fromUtf8(effect),
                          significant};
    };
    if (type == QLatin1String("house-move"))
        return {entry("Family moved to temporary accommodation in another part of Lanternbury.",
                      "{Parent} (phone call)", "Longer journey; unsettled housing.",
                      "Arriving late and tired.", false),
                entry("Family moved in with grandparents after losing their tenancy.", "{Parent} (meeting)",
                      "Overcrowding; loss of a settled home.", "Says {he} has no space to do homework.",
                      false)};
    if (type == QLatin1String("bereavement"))
        return {entry("{name}'s grandmother died.", "{Parent} (phone call)",
                      "Close relationship; she looked after {name} after school.",
                      "Tearful; quieter in class.", false),
                entry("{name}'s uncle died suddenly.", "{Parent} (email)", "Family under strain.",
                      "Needs time out of lessons some days.", true)};
    if (type == QLatin1String("exclusion"))
        return {entry("Suspended for one day after a fight at lunchtime.", "Headteacher's letter",
                      "Behaviour has changed this term.",
                      "Missed a day of learning; reintegration meeting held.", false)};
    if (type == QLatin1String("missing-episode"))
        return {entry(
            "Reported missing overnight by {parent}; found by police the next morning at a friend's house.",
            "Police notification", "Second missing episode; return home interview offered.",
            "Tired and withdrawn on return.", true)};
    if (type == QLatin1String("family-change"))
        return {entry("{Parent} and {partner} have separated; {partner} has moved out.", "{Parent} (meeting)",
                      "Change in who lives at home.", "Asking to phone home at lunchtime.", false),
                entry("A new partner has moved into the family home.", "{name} (told class teacher)",
                      "New adult in the household; school does not know them.", "Talks about them often.",
                      false)};
    if (type == QLatin1String("health"))
        return {entry("Diagnosed with asthma; inhaler kept in the school office.", "{Parent} and GP letter",
                      "Medical need in school.", "Misses PE some weeks.", false),
                entry("Referred to the community paediatrician for an ADHD assessment.", "School nurse",
                      "Waiting list is long; support in class meanwhile.", "Finds it hard to settle.",
                      false)};
    if (type == QLatin1String("police-contact"))
        return {entry(
            "Operation Encompass notification: police attended a domestic incident at the home overnight; "
            "{name} was present.",
            "Police (Operation Encompass)", "Domestic abuse in the household.",
            "Tired; checked in with a trusted adult first thing.", true)};
    return {entry("Started attending the after-school club funded by the pupil premium.", "Office",
                  "Gives a safe space until {parent} finishes work.", "Enjoys it; more settled.", false)};
}

QStringList meetingOutcomes(const QString& meetingType)
{
    static const QMap<QString, QStringList> outcomes{
        {QStringLiteral("strategy-discussion"),
         utf8({"Section 47 enquiry agreed; social worker and police to visit today.",
               "Threshold for section 47 met; child and family assessment to continue alongside."})},
        {QStringLiteral("initial-cp-conference"),
         utf8({"Child protection plan agreed; core group to meet within ten working days."})},
        {QStringLiteral("review-cp-conference"),
         utf8({"Plan continues; progress noted with home conditions.",
               "Child protection plan ended; step down to a child in need plan."})},
        {QStringLiteral("core-group"),
         utf8({"Actions reviewed; attendance improved; home visits continue weekly.",
               "Some progress; {parent} engaging with the parenting programme."})},
        {QStringLiteral("team-around-the-family"),
         utf8({"Family help plan reviewed; morning routine better; breakfast club continues.",
               "Housing application supported; next review in six weeks."})},
        {QStringLiteral("family-group-decision-making"),
         utf8({"Family plan agreed: grandparents to help with school runs."})},
        {QStringLiteral("other"),
         utf8({"Child in need review: plan continues; school to keep daily check-ins.",
               "Child in need review: good progress; consider stepping down at the next review."})},
    };
    return outcomes.value(meetingType);
}

QStringList schoolContributions()
{
    return utf8({"Attendance, punctuality and presentation since the last meeting; what {name} has told us.",
                 "Written report from the class teacher and the DSL; {name}'s voice shared.",
                 "Daily check-ins continue; breakfast club place; no new concerns since the last meeting."});
}

QStringList referralOutcomes(const QString& agencyKey)
{
    static const QMap<QString, QStringList> outcomes{
        {QStringLiteral("csc"), utf8({"Accepted for a child and family assessment; social worker allocated.",
                                      "Strategy discussion held; section 47 enquiry under way.",
                                      "No further action by children's social care; advice given to school "
                                      "and family help offered."})},
        {QStringLiteral("family-help"),
         utf8({"Accepted; family help worker allocated.", "Accepted; parenting programme offered."})},
        {QStringLiteral("police"), utf8({"Crime recorded; officer in the case will contact school."})},
        {QStringLiteral("prevent"), utf8({"Discussed at Channel panel; mentoring support offered."})},
        {QStringLiteral("lado"),
         utf8({"Threshold not met; to be managed through the school's own procedures."})},
        {QStringLiteral("camhs"), utf8({"Assessment appointment offered within four weeks.",
                                        "Added to the waiting list; advice line given."})},
    };
    return outcomes.value(agencyKey);
}

QStringList staffRoles(bool secondary)
{
    if (secondary)
        return utf8({"Form tutor", "Head of year", "Teacher", "Pastoral manager", "Teaching assistant"});
    return utf8({"Class teacher", "Teaching assistant", "Lunchtime supervisor", "Breakfast club lead",
                 "Office manager"});
}

} // namespace DemoText

} // namespace lantern::demo
