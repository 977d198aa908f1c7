export default `
# Hospitality, food and personal care: kitchens, front of house, hotels, housekeeping, cleaning, beauty.
# Food hygiene certificates (ServSafe, Level 2 Food Hygiene) are cert's.

food-preparation | Food Preparation | food prep, prep cooking, preparing food, mise en place, food production | | knife-skills, food-safety | e:w
knife-skills | Knife Skills | knife handling, butchery skills | food-preparation | | e:w
line-cooking | Line Cooking | line cook experience, grill cooking, sauté station, working the line, short order cooking | food-preparation | | e:w
pastry | Pastry | pastry arts, baking and pastry, patisserie, bread baking, cake decorating | food-preparation | | e:m
butchery | Butchery | meat cutting, meat processing, fish butchery, filleting | food-preparation | knife-skills | e:m
menu-planning | Menu Planning | menu development, menu design, menu costing, recipe development | | food-cost-control | e:w
food-cost-control | Food Cost Control | food costing, food and beverage cost control, recipe costing, GP management, gross profit margins in catering, portion control, waste control | | menu-planning | e:w
catering | Catering | event catering, contract catering, catering operations, banqueting | | banquets | e:w
banquets | Banquets | banquet operations, banqueting and events, banquet service, function service, conference and banqueting | catering | | e:w
front-desk-operations | Front Desk Operations | front desk, front office operations, hotel reception, guest check-in, check-in and check-out, guest registration, night audit | | opera-pms | e:w
opera-pms | Opera PMS | Oracle Opera, OPERA Cloud, Opera Property Management System, Micros Opera | property-management-systems | front-desk-operations | e:w
property-management-systems | Hotel Property Management Systems | hotel PMS, property management system, Cloudbeds, Mews PMS, Protel | | opera-pms | e:w
revenue-management | Revenue Management | hotel revenue management, yield management, rate management, RevPAR management, Duetto | | front-desk-operations | e:m
reservations | Reservations Management | reservations handling, booking management, reservation systems, guest reservations | | front-desk-operations | e:d
micros-pos | Oracle MICROS | MICROS POS, MICROS Simphony, Simphony POS | point-of-sale | opera-pms | e:d
table-service | Table Service | waiting tables, silver service, fine dining service, food service, restaurant service, table waiting | | wine-service | e:w
wine-service | Wine Service | wine knowledge, sommelier skills, wine pairing, wine and spirits knowledge | | mixology | e:m
mixology | Mixology | cocktail making, cocktail preparation, craft cocktails, bartending, bar service | | wine-service, barista | e:w
barista | Barista Skills | barista, espresso making, coffee preparation, latte art, specialty coffee | | mixology | e:d
housekeeping | Housekeeping | hotel housekeeping, room attendant duties, room cleaning, laundry operations, linen management | | commercial-cleaning | e:d
commercial-cleaning | Commercial Cleaning | office cleaning, janitorial services, janitorial duties, industrial cleaning, deep cleaning, floor care, floor scrubbing, floor buffing, carpet cleaning | | housekeeping | e:d
cleaning-chemicals | Cleaning Chemicals | COSHH, chemical dilution, safe use of cleaning chemicals | commercial-cleaning | | cs e:d
guest-relations | Guest Relations | guest services, concierge services, guest experience management | | front-desk-operations | e:w
hair-cutting | Hair Cutting | haircutting, hairdressing, hair styling, barbering, colouring and cutting, hair colouring, hair coloring, balayage | | | e:m
nail-technology | Nail Technology | manicures, pedicures, nail art, gel nails, acrylic nails | | | e:w
beauty-therapy | Beauty Therapy | facials, waxing, eyelash extensions, lash extensions, brow shaping, skincare treatments, make-up application, makeup artistry | | nail-technology | e:m
massage-therapy | Massage Therapy | Swedish massage, deep tissue massage, sports massage, spa treatments | | beauty-therapy | e:m
`;
