export default `
# Design: design and creative tools, UX and visual design methods, 3D, video and audio.

# --- UI and UX tools
figma | Figma | | | figjam, sketch, adobe-xd, design-systems | e:w
figjam | FigJam | | figma | miro | e:d
sketch | Sketch | Sketch app | | figma, adobe-xd, invision | amb e:w
adobe-xd | Adobe XD | AdobeXD | | figma, sketch | e:w
invision | InVision | InVision App | | sketch, zeplin | e:d
zeplin | Zeplin | | | figma, sketch | e:d
framer | Framer | | | figma, protopie | amb e:d
protopie | ProtoPie | | prototyping | framer, figma | e:d
axure-rp | Axure RP | Axure | prototyping | balsamiq, figma | e:w
balsamiq | Balsamiq | Balsamiq Mockups | wireframing | axure-rp | e:d
webflow | Webflow | | web-design | figma, framer | e:w

# --- Adobe and other graphics tools
adobe-creative-cloud | Adobe Creative Cloud | Adobe Creative Suite, Creative Cloud, Creative Suite, Adobe CC, Adobe Suite | | adobe-photoshop, adobe-illustrator, adobe-indesign | e:w
adobe-photoshop | Adobe Photoshop | Photoshop | | adobe-illustrator, adobe-lightroom, photo-editing | e:w
adobe-illustrator | Adobe Illustrator | Illustrator | | adobe-photoshop, adobe-indesign, illustration | amb e:w
adobe-indesign | Adobe InDesign | InDesign | | adobe-illustrator, layout-design | e:w
adobe-lightroom | Adobe Lightroom | Lightroom, Lightroom Classic | | adobe-photoshop, photography | e:d
capture-one | Capture One | Capture One Pro, Phase One Capture One | photo-editing | adobe-lightroom, adobe-photoshop | e:d
sketchbook-pro | SketchBook Pro | Autodesk SketchBook, SketchBook, Autodesk SketchBook Pro | | procreate, adobe-photoshop | amb e:d
digital-art | Digital Art | digital arts, digital painting, digital artwork | | procreate, adobe-photoshop | e:m
audio-mastering | Audio Mastering | music mastering, sound mastering | audio-editing | pro-tools | e:w
closed-captioning | Closed Captioning | captioning, subtitling, captions and subtitles, captioning software | | video-editing | e:d
adobe-after-effects | Adobe After Effects | After Effects | | motion-graphics, adobe-premiere-pro | e:w
adobe-premiere-pro | Adobe Premiere Pro | Premiere Pro, Adobe Premiere | video-editing | adobe-after-effects, final-cut-pro | e:w
adobe-animate | Adobe Animate | Flash Professional | | 2d-animation | e:w
adobe-dreamweaver | Adobe Dreamweaver | Dreamweaver | web-design | html, css | e:w
adobe-audition | Adobe Audition | | audio-editing | pro-tools | e:w
adobe-substance-painter | Substance Painter | Adobe Substance Painter, Substance 3D Painter, Adobe Substance 3D Painter | 3d-modeling | blender, autodesk-maya | e:w
affinity-designer | Affinity Designer | | | adobe-illustrator | e:w
affinity-photo | Affinity Photo | | | adobe-photoshop | e:w
coreldraw | CorelDRAW | Corel Draw | | adobe-illustrator | e:w
gimp | GIMP | | | adobe-photoshop | e:w
inkscape | Inkscape | | | adobe-illustrator | e:w
procreate | Procreate | | | illustration | amb e:w
quarkxpress | QuarkXPress | Quark XPress | | adobe-indesign | e:w
adobe-framemaker | Adobe FrameMaker | FrameMaker | | adobe-indesign | e:w
canva | Canva | | | adobe-creative-cloud | cs e:d
adobe-firefly | Adobe Firefly | | adobe-creative-cloud | midjourney | e:d

# --- 3D, rendering and visual effects
3d-modeling | 3D Modeling | 3D modelling, 3-D modeling | | blender, autodesk-maya, 3d-rendering | e:m
3d-rendering | 3D Rendering | 3D visualization, 3D visualisation | | keyshot, v-ray, 3d-modeling | e:w
blender | Blender | Blender 3D | 3d-modeling | autodesk-maya, cinema-4d | amb e:m
autodesk-maya | Autodesk Maya | Maya | 3d-modeling | blender, 3ds-max | amb e:m
cinema-4d | Cinema 4D | C4D, Cinema4D | 3d-modeling | adobe-after-effects, blender | e:m
3ds-max | 3ds Max | Autodesk 3ds Max, 3D Studio Max | 3d-modeling | autodesk-maya, v-ray | e:m
zbrush | ZBrush | Z Brush | 3d-modeling | blender, autodesk-maya | e:m
houdini | Houdini | SideFX Houdini | visual-effects | autodesk-maya, nuke | amb e:m
keyshot | KeyShot | | 3d-rendering | | e:w
v-ray | V-Ray | VRay | 3d-rendering | 3ds-max | e:w
octane-render | Octane Render | OctaneRender | 3d-rendering | cinema-4d | e:d
lumion | Lumion | | 3d-rendering | enscape, twinmotion | e:d
enscape | Enscape | | 3d-rendering | lumion | e:d
twinmotion | Twinmotion | | 3d-rendering | lumion | e:d
visual-effects | Visual Effects | VFX | | nuke, houdini, adobe-after-effects | e:m
nuke | Nuke | Foundry Nuke | visual-effects | adobe-after-effects | amb e:m
digital-compositing | Digital Compositing | compositing, VFX compositing | visual-effects | nuke, adobe-after-effects | e:w
particle-effects | Particle Effects | particle systems, particle animation, particle FX, particle simulation | visual-effects | houdini | e:w
motion-capture | Motion Capture | mocap, mo-cap, motion capturing, performance capture | 3d-animation | autodesk-maya, unreal-engine | e:w
3d-texturing | 3D Texturing | texture painting, 3D texture painting, texture mapping | 3d-modeling | adobe-substance-painter | e:w
3d-lighting | 3D Lighting | CG lighting, 3D lighting effects | 3d-rendering | 3d-texturing | e:w
synfig | Synfig | Synfig Studio | 2d-animation | adobe-animate | e:w
motion-graphics | Motion Graphics | motion design | | adobe-after-effects, cinema-4d | e:w
2d-animation | 2D Animation | 2-D animation | | adobe-animate, motion-graphics | e:m
3d-animation | 3D Animation | 3-D animation | | autodesk-maya, blender | e:m

# --- Video, photo and audio
video-editing | Video Editing | | | adobe-premiere-pro, final-cut-pro, davinci-resolve | e:w
video-production | Video Production | | | video-editing | e:m
final-cut-pro | Final Cut Pro | Final Cut, Final Cut Pro X, FCPX | video-editing | adobe-premiere-pro | e:w
davinci-resolve | DaVinci Resolve | | video-editing | adobe-premiere-pro | e:w
avid-media-composer | Avid Media Composer | Media Composer | video-editing | adobe-premiere-pro | e:w
camtasia | Camtasia | | video-editing | | e:d
capcut | CapCut | | video-editing | | e:d
imovie | iMovie | Apple iMovie | video-editing | final-cut-pro | e:d
photography | Photography | | | adobe-lightroom, photo-editing | e:m
photo-editing | Photo Editing | photo retouching, image editing, retouching | | adobe-photoshop, adobe-lightroom | e:w
audio-editing | Audio Editing | audio production, sound editing | | pro-tools, adobe-audition | e:w
pro-tools | Pro Tools | ProTools, Avid Pro Tools | audio-editing | adobe-audition | e:w
logic-pro | Logic Pro | Logic Pro X | audio-editing | pro-tools | e:w
audacity | Audacity | | audio-editing | adobe-audition | e:d

# --- UX methods
ux-design | UX Design | User Experience Design, UX, UX designing | | ui-design, user-research, interaction-design | e:m
ui-design | UI Design | User Interface Design, UI designing | | ux-design, visual-design, design-systems | e:m
user-research | User Research | UX research, user experience research, design research | ux-design | usability-testing, user-personas | e:w
usability-testing | Usability Testing | usability studies, usability study, user testing | user-research | heuristic-evaluation | e:w
heuristic-evaluation | Heuristic Evaluation | | usability-testing | | e:d
card-sorting | Card Sorting | | information-architecture | tree-testing | e:d
tree-testing | Tree Testing | | information-architecture | card-sorting | e:d
user-personas | User Personas | UX personas, persona development | user-research | user-journey-mapping | e:d
user-journey-mapping | User Journey Mapping | user journey maps, UX journey mapping | ux-design | user-personas, service-design | e:d
wireframing | Wireframing | wireframe, wire-framing, wire frames | ux-design | prototyping, balsamiq | e:d
prototyping | Prototyping | interactive prototypes, UX prototyping | | wireframing, figma | e:w
interaction-design | Interaction Design | IxD | ux-design | prototyping, motion-graphics | e:m
information-architecture | Information Architecture | | ux-design | card-sorting | e:w
user-centered-design | User-Centered Design | user-centred design, human-centered design, human-centred design | ux-design | design-thinking | e:w
design-thinking | Design Thinking | | | user-centered-design | e:w
design-systems | Design Systems | | ui-design | figma, material-design | e:w
material-design | Material Design | Google Material Design | ui-design | design-systems | e:d
human-interface-guidelines | Human Interface Guidelines | Apple Human Interface Guidelines | ui-design | material-design | e:d
ux-writing | UX Writing | UX copywriting, microcopy | ux-design | content-design | e:w
content-design | Content Design | | | ux-writing | e:w
service-design | Service Design | service blueprinting | | user-journey-mapping | e:w
human-computer-interaction | Human-Computer Interaction | HCI, human computer interaction | | ux-design, user-research | e:m
web-design | Web Design | web designing, website design | | ui-design, html, css | e:m
mobile-app-design | Mobile App Design | mobile UI design, app design | ui-design | | e:w

# --- Visual and graphic design
visual-design | Visual Design | | | ui-design, typography, graphic-design | e:m
graphic-design | Graphic Design | graphic designing | | adobe-creative-cloud, typography, visual-design | e:m
typography | Typography | | graphic-design | visual-design | e:w
color-theory | Color Theory | colour theory | graphic-design | typography | e:d
layout-design | Layout Design | page layout | graphic-design | adobe-indesign | e:d
brand-identity-design | Brand Identity Design | visual identity design, brand design | graphic-design | logo-design | e:w
logo-design | Logo Design | | graphic-design | brand-identity-design | e:w
print-design | Print Design | | graphic-design | adobe-indesign | e:w
desktop-publishing | Desktop Publishing | DTP, desktop publishing software | | adobe-indesign, quarkxpress, layout-design | amb e:w
digital-printing | Digital Printing | digital print production | print-design | desktop-publishing | e:w
packaging-design | Packaging Design | package design | graphic-design | | e:w
illustration | Illustration | digital illustration | | adobe-illustrator, procreate | amb e:m
infographic-design | Infographic Design | infographics | graphic-design | data-visualization | e:d
icon-design | Icon Design | iconography | graphic-design | | e:d
presentation-design | Presentation Design | slide design, deck design | | microsoft-powerpoint | e:d
storyboarding | Storyboarding | storyboards, storyboard | | 2d-animation | e:d
mood-boards | Mood Boards | moodboards, mood boarding | | visual-design | e:d
industrial-design | Industrial Design | | | 3d-modeling, keyshot | e:m
interior-design | Interior Design | | | sketchup, 3d-rendering | e:m
game-design | Game Design | | | 3d-modeling | e:m

# --- Digital asset management ---
digital-asset-management | Digital Asset Management | digital asset management system, digital asset management systems, DAM system, DAM systems, DAM platform, digital asset library | | brandfolder, bynder, metadata-management | e:w
brandfolder | Brandfolder | | digital-asset-management | bynder | e:d
bynder | Bynder | | digital-asset-management | brandfolder | e:d
metadata-management | Metadata Management | metadata standards, metadata best practices, metadata tagging, metadata schemas, metadata schema | | digital-asset-management | e:w
`;
