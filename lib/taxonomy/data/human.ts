export default `
# Human languages a job may ask for, plus translation work. Every language name is also an adjective or
# nationality ("German engineering", "English Language Learning"), so each is cs (case-sensitive) and counted only when asked for.

english | English | English language, English fluency, English proficiency, business English, written English, spoken English | | spanish, french, tefl | cs e:m
spanish | Spanish | Spanish language, Castilian Spanish, Latin American Spanish, Spanish fluency, Spanish-speaking, Español | | portuguese, english, french | cs e:m
french | French | French language, French fluency, Français | | spanish, italian, german | cs e:m
german | German | German language, German fluency, Deutsch | | dutch, french | cs e:m
italian | Italian | Italian language | | spanish, french, portuguese | cs e:m
portuguese | Portuguese | Portuguese language, Brazilian Portuguese, European Portuguese | | spanish, italian | cs e:m
chinese | Chinese | Chinese language, written Chinese, Simplified Chinese, Traditional Chinese | | mandarin, cantonese, japanese | cs e:m
mandarin | Mandarin | Mandarin Chinese, Chinese Mandarin, Chinese (Mandarin), Putonghua | chinese | cantonese, japanese, korean | cs e:m
cantonese | Cantonese | Cantonese Chinese | chinese | mandarin | cs e:m
japanese | Japanese | Japanese language, Nihongo | | korean, mandarin | cs e:m
korean | Korean | Korean language | | japanese, mandarin | cs e:m
vietnamese | Vietnamese | Vietnamese language | | thai, khmer | cs e:m
thai | Thai | Thai language | | vietnamese, khmer | cs e:m
khmer | Khmer | Cambodian language | | thai, vietnamese | cs e:m
burmese | Burmese | Myanmar language | | thai | cs e:m
indonesian | Indonesian | Bahasa Indonesia, Indonesian language | | malay | cs e:m
malay | Malay | Bahasa Melayu, Bahasa Malaysia, Malay language | | indonesian | cs e:m
tagalog | Tagalog | Filipino, Filipino language, Tagalog language | | ilocano | cs e:m
ilocano | Ilocano | Ilokano | | tagalog | cs e:m
hindi | Hindi | Hindi language | | urdu, punjabi, bengali | cs e:m
urdu | Urdu | Urdu language | | hindi, punjabi | cs e:m
punjabi | Punjabi | Panjabi, Punjabi language | | hindi, urdu | cs e:m
bengali | Bengali | Bangla, Bengali language | | hindi | cs e:m
gujarati | Gujarati | Gujarati language | | hindi, marathi | cs e:m
marathi | Marathi | Marathi language | | hindi, gujarati | cs e:m
tamil | Tamil | Tamil language | | telugu, malayalam | cs e:m
telugu | Telugu | Telugu language | | tamil, kannada | cs e:m
kannada | Kannada | Kannada language | | telugu, tamil | cs e:m
malayalam | Malayalam | Malayalam language | | tamil | cs e:m
nepali | Nepali | Nepalese language | | hindi | cs e:m
arabic | Arabic | Arabic language, Modern Standard Arabic, MSA Arabic, Levantine Arabic, Egyptian Arabic, Gulf Arabic | | hebrew, farsi, turkish | cs e:m
hebrew | Hebrew | Hebrew language, Modern Hebrew | | arabic, yiddish | cs e:m
yiddish | Yiddish | | | hebrew, german | cs e:m
farsi | Farsi | Persian, Persian language, Farsi language | | dari, pashto, arabic | cs e:m
dari | Dari | Dari Persian | farsi | farsi, pashto | cs e:m
pashto | Pashto | Pashtu, Pushto | | dari, farsi | cs e:m
kurdish | Kurdish | Kurmanji, Sorani | | arabic, turkish | cs e:m
turkish | Turkish | Turkish language | | arabic, farsi | cs e:m
armenian | Armenian | Armenian language | | russian | cs e:m
russian | Russian | Russian language | | ukrainian, polish | cs e:m
ukrainian | Ukrainian | Ukrainian language | | russian, polish | cs e:m
polish | Polish | Polish language | | czech, russian | cs e:m
czech | Czech | Czech language | | slovak, polish | cs e:m
slovak | Slovak | Slovak language | | czech | cs e:m
hungarian | Hungarian | Magyar, Hungarian language | | romanian | cs e:m
romanian | Romanian | Romanian language | | italian, hungarian | cs e:m
bulgarian | Bulgarian | Bulgarian language | | russian, serbian | cs e:m
serbian | Serbian | Serbo-Croatian, Bosnian, Serbian language | | croatian, bulgarian | cs e:m
croatian | Croatian | Croatian language | | serbian | cs e:m
greek | Greek | Modern Greek, Greek language | | italian | cs e:m
dutch | Dutch | Dutch language, Flemish | | german, afrikaans | cs e:m
afrikaans | Afrikaans | | | dutch | cs e:m
swedish | Swedish | Swedish language | | norwegian, danish | cs e:m
norwegian | Norwegian | Norwegian language, Norwegian Bokmal | | swedish, danish | cs e:m
danish | Danish | Danish language | | swedish, norwegian | cs e:m
finnish | Finnish | Finnish language | | swedish | cs e:m
catalan | Catalan | Catalan language | | spanish | cs e:m
haitian-creole | Haitian Creole | Kreyol, Haitian Creole language, Kreyol Ayisyen | | french | cs e:m
swahili | Swahili | Kiswahili | | somali, amharic | cs e:m
somali | Somali | Somali language | | swahili, amharic | cs e:m
amharic | Amharic | Amharic language | | tigrinya, somali | cs e:m
tigrinya | Tigrinya | Tigrigna | | amharic | cs e:m
hmong | Hmong | Hmong language | | vietnamese, lao | cs e:m
lao | Lao | Laotian, Lao language | | thai, hmong | cs e:m
bilingual | Bilingual | bilingual skills, bilingual proficiency, multilingual, bilingual candidates | | spanish, language-interpretation | e:m
american-sign-language | American Sign Language | ASL, ASL fluency | | sign-language-interpreting | cs e:m
sign-language-interpreting | Sign Language Interpreting | sign language interpretation, ASL interpreting, ASL interpretation | american-sign-language | language-interpretation | e:m
language-translation | Language Translation | translation services, document translation, written translation, translation and interpretation | | language-interpretation | e:m
language-interpretation | Language Interpretation | medical interpreting, court interpreting, consecutive interpreting, simultaneous interpreting, interpreter services, medical interpretation | | language-translation, sign-language-interpreting | e:m
`;
