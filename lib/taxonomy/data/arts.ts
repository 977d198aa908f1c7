export default `
# Arts, media and culture: production, performance, writing, museums and libraries.

camera-operation | Camera Operation | camera operating, operating broadcast cameras, videography, filming | | | e:w
sound-engineering | Sound Engineering | audio engineering, live sound, sound mixing, audio mixing, mixing and mastering, sound recording | | | e:m
stage-management | Stage Management | stage manager duties, prompt book, calling the show | | theatre-production | e:m
theatre-production | Theatre Production | theatre production, theater production, production management in theatre, backstage operations | | stage-management | e:m
stage-lighting | Stage Lighting | lighting design for theatre, lighting programming, lighting desk operation, ETC Eos | theatre-production | | e:w
journalism | Journalism | news reporting, news writing, reporting and writing, feature writing, investigative reporting | | | e:m
broadcast-production | Broadcast Production | broadcast operations, live broadcast production, television production, radio production | | camera-operation | e:m
museum-collections-management | Museum Collections Management | collections care, object handling, cataloguing collections, accessioning | | archival-management | e:m
archival-management | Archival Management | archiving, archives management, records cataloguing, archival processing, digital preservation | | museum-collections-management | e:m
library-cataloguing | Library Cataloguing | cataloging, cataloguing, MARC records, RDA cataloguing, library classification | | archival-management | e:w
exhibition-design | Exhibition Design | exhibition installation, exhibition planning, gallery installation, curating exhibitions | | museum-collections-management | e:m
music-instruction | Music Instruction | music teaching, instrumental teaching, vocal coaching, piano teaching | | | e:m
set-design | Set Design | scenic design, set construction, scenic painting, prop making | theatre-production | | e:m
choreography | Choreography | dance choreography, choreographing | | | e:m
screenwriting | Screenwriting | scriptwriting, script writing, screenplay writing | | journalism | e:m
podcast-production | Podcast Production | podcast editing, podcast producing, audio production for podcasts | | sound-engineering | e:w
live-event-production | Live Event Production | live events production, AV production, audio-visual production, event AV setup | | stage-lighting, sound-engineering | e:w
`;
