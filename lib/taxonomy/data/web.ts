export default `
# Web and application frameworks, libraries, runtimes, ORMs, build tools, CMSs, game engines.
# id | Name | aliases | parents | related | flags

# --- Front-end frameworks ---
react | React | React.js, ReactJS, React JS, React 18 | javascript | redux, nextjs, typescript, react-native | amb e:w
react-hooks | React Hooks | | react | react, redux | e:d
jsx | JSX | | react | react, javascript | e:d
angular | Angular | Angular 2+, Angular2, Angular 2, Angular 8, Angular 12, Angular 14, Angular 15, Angular 16, Angular 17, Angular framework | typescript | rxjs, ngrx, angularjs, typescript | amb e:w
angularjs | AngularJS | Angular.js, Angular JS, Angular 1, Angular 1.x | javascript | angular, jquery | e:w
vuejs | Vue.js | Vue, VueJS, Vue JS, Vue 3, Vue 2, Vue.js 3 | javascript | nuxt, vuex, pinia | e:w
svelte | Svelte | Svelte.js, SvelteJS | javascript | sveltekit, react | cs e:w
sveltekit | SvelteKit | Svelte Kit | svelte | svelte | e:w
solidjs | SolidJS | Solid.js | javascript | react, svelte | e:w
preact | Preact | | javascript | react | e:d
qwik | Qwik | | javascript | | e:w
ember | Ember.js | Ember, EmberJS, Ember JS | javascript | | amb e:w
backbone | Backbone.js | Backbone, BackboneJS, Backbone JS | javascript | underscore, jquery | amb e:w
knockout | Knockout.js | Knockout, KnockoutJS, Knockout JS | javascript | jquery | amb e:w
meteor | Meteor | Meteor.js, MeteorJS | nodejs | | amb e:w
web-components | Web Components | Web Component | javascript | react, angular, shadow-dom | e:w
shadow-dom | Shadow DOM | | web-components | custom-elements, dom | e:d
custom-elements | Custom Elements | custom element | web-components | shadow-dom | e:d
virtual-dom | Virtual DOM | VDOM | javascript | react, dom | e:d
jquery | jQuery | JQuery, jQuery library | javascript | jquery-ui, javascript | e:d
jquery-ui | jQuery UI | | jquery | jquery | e:d
jquery-mobile | jQuery Mobile | | jquery | | e:d
alpinejs | Alpine.js | AlpineJS, Alpine JS | javascript | htmx | e:d
htmx | htmx | | | alpinejs | e:d
extjs | Ext JS | ExtJS, Sencha Ext JS, Sencha | javascript | | e:w
gwt | GWT | Google Web Toolkit | java | vaadin | e:w
vaadin | Vaadin | | java | gwt | e:w
adobe-flex | Adobe Flex | Apache Flex | actionscript | actionscript | e:w
silverlight | Silverlight | Microsoft Silverlight | dotnet | xaml | e:w

# --- Meta-frameworks and rendering ---
nextjs | Next.js | NextJS, Next JS, Next.js 13, Next.js 14 | react | react, typescript | e:w
nuxt | Nuxt | Nuxt.js, NuxtJS, Nuxt JS, Nuxt 3 | vuejs | vuejs, nextjs | e:w
gatsby | Gatsby | Gatsby.js, GatsbyJS | react | nextjs, graphql | amb e:w
remix | Remix | Remix.run, Remix Run | react | nextjs | amb e:w
astro | Astro | Astro.js, Astro.build | javascript | nextjs | amb e:d
angular-universal | Angular Universal | | angular | server-side-rendering | e:d
server-side-rendering | Server-Side Rendering | SSR, server side rendering, server-rendered | | nextjs, nuxt | e:w
single-page-applications | Single-Page Applications | single page application, single-page application, single page applications, single-page app, single page app | javascript | react, angular, vuejs | e:w
progressive-web-apps | Progressive Web Apps | PWA, PWAs, Progressive Web App, Progressive Web Applications | javascript | service-workers, single-page-applications | e:w
service-workers | Service Workers | Service Worker | javascript | progressive-web-apps | e:d
micro-frontends | Micro Frontends | Micro-frontends, Microfrontends, Micro frontend, Micro-frontend architecture | | microservices, module-federation | e:w
module-federation | Module Federation | Webpack Module Federation | webpack | micro-frontends | e:d
mean-stack | MEAN Stack | MEAN stack development | mongodb, express, angular, nodejs | mern-stack | e:w
mern-stack | MERN Stack | MERN, MERN stack development | mongodb, express, react, nodejs | mean-stack | e:w
mevn-stack | MEVN Stack | MEVN | mongodb, express, vuejs, nodejs | mern-stack | e:w
lamp-stack | LAMP Stack | LAMP stack development | linux, mysql, php | mean-stack | e:w
jamstack | Jamstack | JAMstack, JAM stack | | nextjs, gatsby, headless-cms | e:w
static-site-generators | Static Site Generators | Static Site Generator | | jamstack, jekyll, gatsby | e:d
jekyll | Jekyll | | ruby | jamstack | amb e:d
eleventy | Eleventy | 11ty | javascript | | e:d

# --- Web platform APIs and techniques ---
dom | DOM | Document Object Model, DOM manipulation, HTML DOM | javascript | javascript, html | cs e:d
dhtml | DHTML | Dynamic HTML | html, javascript | ajax | e:d
ajax | AJAX | Asynchronous JavaScript and XML, Ajax calls | javascript | jquery, json | e:d
webrtc | WebRTC | Web RTC | javascript | socket-io | e:w
webgl | WebGL | WebGL 2 | javascript | threejs, opengl, glsl | e:w
html-canvas | HTML Canvas | HTML5 Canvas, HTML canvas element, canvas element | javascript, html | webgl, threejs | e:w
w3c-standards | W3C Standards | World Wide Web Consortium standards, W3C web standards, W3C compliance, web standards | html | wcag, css | e:d
webgpu | WebGPU | | | webgl, wgsl | e:w
web-workers | Web Workers | Web Worker | javascript | service-workers | e:d
indexeddb | IndexedDB | Indexed DB | javascript | service-workers | e:d
chrome-extensions | Chrome Extensions | Chrome extension, Chrome extension development, Browser extensions, Browser extension development, WebExtensions | javascript | javascript | e:w
flexbox | Flexbox | CSS Flexbox, Flex box, Flexible Box Layout | css | css-grid | e:d
css-grid | CSS Grid | CSS Grid Layout | css | flexbox | e:d
css-animations | CSS Animations | CSS animation, CSS transitions | css | gsap | e:d
bem | BEM | Block Element Modifier, BEM methodology | css | css | cs e:d
responsive-web-design | Responsive Web Design | Responsive Design, Responsive web development, Mobile-first design, Responsive layouts | css, html | css, bootstrap, flexbox | e:w

# --- CSS frameworks and UI component libraries ---
bootstrap | Bootstrap | Twitter Bootstrap, Bootstrap 4, Bootstrap 5, Bootstrap CSS | css | tailwind-css, css, react-bootstrap | amb e:d
tailwind-css | Tailwind CSS | Tailwind, TailwindCSS, Tailwind UI | css | bootstrap, css | amb e:d
zurb-foundation | Zurb Foundation | Foundation CSS, Foundation framework, Foundation for Sites | css | bootstrap | e:d
bulma | Bulma | Bulma CSS | css | bootstrap | e:d
semantic-ui | Semantic UI | Semantic-UI, Fomantic UI | css | bootstrap | e:d
materialize-css | Materialize CSS | MaterializeCSS | css | material-ui | e:d
material-ui | Material UI | MUI, Material-UI, MaterialUI, MUI React | react | angular-material, chakra-ui | e:d
angular-material | Angular Material | | angular | material-ui, primeng | e:d
ant-design | Ant Design | AntD, Ant Design React | react | material-ui | e:d
chakra-ui | Chakra UI | ChakraUI | react | material-ui, tailwind-css | e:d
shadcn-ui | shadcn/ui | shadcn, shadcn ui | react, tailwind-css | radix-ui, tailwind-css | e:d
radix-ui | Radix UI | | react | shadcn-ui | e:d
react-bootstrap | React Bootstrap | React-Bootstrap, Reactstrap | react, bootstrap | bootstrap | e:d
vuetify | Vuetify | Vuetify.js | vuejs | | e:d
element-ui | Element UI | Element Plus, ElementUI | vuejs | vuetify | e:d
primeng | PrimeNG | PrimeReact, PrimeFaces, PrimeVue | angular | angular-material | e:d
kendo-ui | Kendo UI | Telerik Kendo UI, Kendo | javascript | telerik | e:d
telerik | Telerik | Telerik UI, Telerik controls | dotnet | kendo-ui, devexpress | e:d
devexpress | DevExpress | Developer Express, DevExtreme | dotnet | telerik, syncfusion | e:d
syncfusion | Syncfusion | Syncfusion Essential Studio | | devexpress | e:d
ag-grid | AG Grid | ag-Grid, AGGrid | javascript | | e:d
storybook | Storybook | Storybook.js, StorybookJS | | react | e:d
styled-components | styled-components | Styled Components, Styled-Components | react, css | css-in-js | e:d
css-in-js | CSS-in-JS | CSS in JS | css, javascript | styled-components | e:d
css-modules | CSS Modules | | css | css-in-js | e:d
postcss | PostCSS | Post CSS | css | sass, tailwind-css | e:d

# --- State management and data fetching ---
redux | Redux | Redux Toolkit, React Redux, React-Redux, Redux.js | javascript | react, mobx, redux-saga, ngrx | e:w
redux-saga | Redux-Saga | Redux Saga, Redux Sagas | redux | redux, redux-thunk | e:d
redux-thunk | Redux Thunk | Redux-Thunk | redux | redux-saga | e:d
mobx | MobX | Mobx State Tree, MobX-State-Tree | javascript | redux | e:d
zustand | Zustand | | react | redux, jotai | e:d
jotai | Jotai | | react | zustand | e:d
xstate | XState | | javascript | redux | e:d
vuex | Vuex | | vuejs | pinia, redux | e:d
pinia | Pinia | | vuejs | vuex | e:d
ngrx | NgRx | ngrx store, NgRx Store, ngrx/store | angular, rxjs | redux, rxjs | e:w
ngxs | NGXS | | angular | ngrx | e:d
rxjs | RxJS | Reactive Extensions for JavaScript, Rx.js | javascript | angular, ngrx | e:w
rxjava | RxJava | RxKotlin | java | rxjs, spring-webflux | e:w
tanstack-query | TanStack Query | React Query, react-query, Vue Query | react | swr, redux | e:d
swr | SWR | | react | tanstack-query | cs e:d
react-router | React Router | React-Router, React Router DOM | react | react, nextjs | e:d
apollo-graphql | Apollo GraphQL | Apollo, Apollo Client, Apollo Server, Apollo Federation | graphql | hasura | amb e:w
urql | urql | | graphql | apollo-graphql | e:d
hasura | Hasura | Hasura GraphQL | graphql | apollo-graphql, postgresql | e:d
trpc | tRPC | | typescript | nextjs, zod | e:d
zod | Zod | | typescript | trpc | e:d

# --- JavaScript utility, charting and graphics libraries ---
lodash | Lodash | lodash.js, Lo-Dash | javascript | underscore | e:d
underscore | Underscore.js | UnderscoreJS, Underscore JS | javascript | lodash, backbone | e:d
stripe-api | Stripe | Stripe API, Stripe Connect, Stripe payments, Stripe integration | | sendgrid | amb e:d
sendgrid | SendGrid | Twilio SendGrid, SendGrid API | | stripe-api | e:d
axios | Axios | | javascript | | e:d
moment-js | Moment.js | MomentJS, Moment JS | javascript | | e:d
node-red | Node-RED | Node Red, NodeRED | nodejs | nodejs | e:d
socket-io | Socket.IO | Socket.io, SocketIO, Socket IO | nodejs | webrtc | e:d
immutable-js | Immutable.js | ImmutableJS | javascript | redux | e:d
gsap | GSAP | GreenSock, GreenSock Animation Platform | javascript | css-animations, framer-motion | e:d
framer-motion | Framer Motion | Motion for React | react | gsap | e:d
d3js | D3.js | D3, D3js, D3 JS, Data-Driven Documents | javascript | data-visualization, chartjs, recharts | amb e:w
chartjs | Chart.js | ChartJS, Chart JS | javascript | d3js, highcharts | e:d
highcharts | Highcharts | HighchartsJS, Highstock | javascript | d3js, chartjs | e:d
echarts | ECharts | Apache ECharts, eCharts | javascript | d3js | e:d
recharts | Recharts | | react | d3js, chartjs | e:d
amcharts | amCharts | | javascript | highcharts | e:d
threejs | Three.js | ThreeJS, Three JS, three js | javascript, webgl | webgl, babylonjs, react-three-fiber | e:w
react-three-fiber | React Three Fiber | R3F, react-three-fiber | react, threejs | threejs | e:d
babylonjs | Babylon.js | BabylonJS, Babylon JS | javascript, webgl | threejs | e:w
pixijs | PixiJS | Pixi.js | javascript, webgl | | e:d
p5js | p5.js | p5js | javascript | | e:d
leaflet | Leaflet | Leaflet.js, LeafletJS | javascript | mapbox, openlayers | amb e:d
mapbox | Mapbox | Mapbox GL, Mapbox GL JS | | leaflet, openlayers | e:d
openlayers | OpenLayers | Open Layers | javascript | leaflet | e:d
cesiumjs | CesiumJS | Cesium.js | javascript, webgl | | e:d
google-maps-api | Google Maps API | Google Maps JavaScript API, Google Maps Platform, Google Maps SDK | | mapbox, leaflet | e:d
web3js | Web3.js | Web3 JS, web3js | javascript | ethers-js, solidity | e:d
ethers-js | Ethers.js | EthersJS | javascript | web3js, solidity | e:d
hardhat | Hardhat | | solidity | web3js, ethers-js | cs e:d

# --- JavaScript runtimes, package managers and build tools ---
nodejs | Node.js | Node, NodeJS, Node JS, Node.JS, Node js | javascript | express, npm, typescript, nestjs | e:w
deno | Deno | Deno.js | javascript, typescript | nodejs, bun | e:d
bun | Bun | Bun.js | javascript | nodejs, deno | cs e:d
npm | npm | Node Package Manager, npm scripts | nodejs | yarn, pnpm | e:d
yarn | Yarn | Yarn package manager, Yarn Berry | nodejs | npm, pnpm | amb e:d
pnpm | pnpm | | nodejs | npm, yarn | e:d
webpack | Webpack | webpack 5, Webpack.js | javascript | vite, babel, rollup | e:w
vite | Vite | Vite.js, ViteJS | javascript | webpack, esbuild | e:d
rollup | Rollup | Rollup.js, RollupJS | javascript | webpack, vite | cs e:d
esbuild | esbuild | | javascript | vite, swc | e:d
swc | SWC | Speedy Web Compiler | javascript | babel, esbuild | e:d
babel | Babel | Babel.js, BabelJS, Babel JS | javascript | webpack, swc | amb e:d
browserify | Browserify | | javascript | webpack | e:d
gulp | Gulp | Gulp.js, GulpJS | javascript | grunt, webpack | cs e:d
grunt | Grunt | Grunt.js, GruntJS | javascript | gulp | cs e:d
turborepo | Turborepo | Turbo Repo | javascript | lerna | e:d
lerna | Lerna | | javascript | turborepo | e:d
prettier | Prettier | | javascript | eslint | cs e:d
pm2 | PM2 | | nodejs | nodejs | e:d

# --- Node.js back end ---
express | Express | Express.js, ExpressJS, Express JS | nodejs | nestjs, koa, fastify | amb e:w
nestjs | NestJS | Nest.js, Nest JS | nodejs, typescript | express, typeorm | e:w
koa | Koa | Koa.js, KoaJS | nodejs | express | cs e:d
fastify | Fastify | | nodejs | express | e:d
hapi | hapi | Hapi.js, hapijs | nodejs | express | e:d
sails-js | Sails.js | SailsJS | nodejs | express | e:d
adonisjs | AdonisJS | Adonis.js | nodejs | laravel | e:d
feathersjs | FeathersJS | Feathers.js | nodejs | express | e:d
passport-js | Passport.js | PassportJS | nodejs | express | e:d
strapi | Strapi | Strapi CMS | nodejs | headless-cms, contentful | e:d
keystonejs | KeystoneJS | Keystone.js | nodejs | strapi | e:d
mongoose | Mongoose | Mongoose ODM, Mongoose.js | nodejs, mongodb | mongodb, sequelize | cs e:d
sequelize | Sequelize | Sequelize ORM | nodejs, sql | typeorm, prisma | e:d
typeorm | TypeORM | | typescript | prisma, sequelize | e:d
prisma | Prisma | Prisma ORM | nodejs | typeorm, sequelize, drizzle | amb e:d
drizzle | Drizzle ORM | Drizzle Kit | typescript | prisma | e:d
knex | Knex.js | Knex, KnexJS | nodejs | sequelize | e:d
ejs | EJS | Embedded JavaScript templates | nodejs | handlebars | e:d
handlebars | Handlebars | Handlebars.js, HandlebarsJS | javascript | ejs | e:d
electron | Electron | Electron.js, ElectronJS, Electron JS | javascript, nodejs | tauri, nodejs | amb e:w

# --- Python web and application libraries ---
django | Django | Django framework | python | flask, django-rest-framework, fastapi | amb e:w
django-rest-framework | Django REST Framework | DRF, Django Rest | django | django, rest | e:d
wagtail | Wagtail | Wagtail CMS | django | django | e:d
flask | Flask | Flask framework, Flask API, Python Flask | python | django, fastapi, jinja | amb e:w
fastapi | FastAPI | Fast API | python | flask, pydantic, django | e:d
pydantic | Pydantic | | python | fastapi | e:d
tornado | Tornado | Tornado web server | python | flask, asyncio | amb e:d
cherrypy | CherryPy | | python | flask | e:d
sanic | Sanic | | python | fastapi | e:d
starlette | Starlette | | python | fastapi | e:d
aiohttp | aiohttp | | python | asyncio | e:d
asyncio | asyncio | Python asyncio | python | aiohttp, fastapi | e:d
celery | Celery | Celery workers | python | redis, django | amb e:d
sqlalchemy | SQLAlchemy | SQL Alchemy | python, sql | django, alembic | e:w
alembic | Alembic | | sqlalchemy | sqlalchemy | e:d
jinja | Jinja | Jinja2, Jinja 2 | python | flask, django | e:d
gunicorn | Gunicorn | | python | uwsgi | e:d
uwsgi | uWSGI | | python | gunicorn | e:d
tkinter | Tkinter | TkInter | python | pyqt | e:d
pyqt | PyQt | PyQt5, PyQt6 | python, qt | tkinter, qt | e:d
pyside | PySide | PySide2, PySide6, Qt for Python | python, qt | pyqt | e:d
kivy | Kivy | | python | pyqt | e:d

# --- Java and JVM ---
spring | Spring | Spring Framework, Spring framework, Java Spring, Spring Core | java | spring-boot, hibernate, spring-mvc | amb e:w
spring-boot | Spring Boot | SpringBoot, Spring-Boot | spring, java | microservices, spring-cloud | e:w
spring-mvc | Spring MVC | SpringMVC, Spring Web MVC | spring | spring-boot | e:w
spring-security | Spring Security | | spring | spring-boot | e:w
spring-cloud | Spring Cloud | Spring Cloud Netflix, Spring Cloud Gateway | spring | spring-boot, microservices | e:w
spring-data | Spring Data | Spring Data JPA | spring | hibernate, jpa | e:d
spring-batch | Spring Batch | | spring | spring-boot | e:w
spring-webflux | Spring WebFlux | WebFlux, Spring Reactive | spring | rxjava, project-reactor | e:w
project-reactor | Project Reactor | Reactor Core | java | spring-webflux, rxjava | e:w
spring-integration | Spring Integration | | spring | apache-camel | e:w
hibernate | Hibernate | Hibernate ORM | java | jpa, spring-data | e:w
jpa | JPA | Java Persistence API, Jakarta Persistence, Jakarta Persistence API | java | hibernate, spring-data | e:w
mybatis | MyBatis | iBatis, iBATIS | java | hibernate | e:d
jooq | jOOQ | | java, sql | hibernate | e:d
jakarta-ee | Jakarta EE | Java EE, J2EE, JEE, Java Enterprise Edition, JavaEE, Java 2 Enterprise Edition | java | spring, ejb | e:m
servlets | Java Servlets | Servlet, Servlets, Java Servlet | jakarta-ee | jsp, apache-tomcat | e:w
jsp | JSP | JavaServer Pages, Java Server Pages | jakarta-ee | servlets, jstl | e:w
jstl | JSTL | JSP Standard Tag Library | jsp | jsp | e:d
jsf | JSF | JavaServer Faces, Java Server Faces | jakarta-ee | primeng | e:w
ejb | EJB | Enterprise JavaBeans, Enterprise Java Beans | jakarta-ee | jakarta-ee | e:w
jta | JTA | Java Transaction API, Jakarta Transactions | jakarta-ee | ejb | cs e:d
jms | JMS | Java Message Service, Java Messaging Service | jakarta-ee | | e:d
jax-rs | JAX-RS | Java API for RESTful Web Services | jakarta-ee | rest | e:d
eclipse-jersey | Eclipse Jersey | Jersey REST, Jersey framework, Jersey JAX-RS, JAX-RS Jersey | jax-rs, java | spring-boot, rest | e:w
oracle-adf | Oracle ADF | Oracle Application Development Framework, ADF Faces | java, jakarta-ee | oracle-database, jsf | e:w
jax-ws | JAX-WS | Java API for XML Web Services | jakarta-ee | | e:d
jaxb | JAXB | Java Architecture for XML Binding | java, xml | | e:d
apache-cxf | Apache CXF | CXF | java | jax-ws | e:d
apache-struts | Apache Struts | Struts, Struts 2, Struts2 | java | spring-mvc | amb e:w
micronaut | Micronaut | | java | quarkus, spring-boot | e:w
quarkus | Quarkus | | java | micronaut, spring-boot | e:w
helidon | Helidon | | java | micronaut | e:d
vertx | Vert.x | Vertx, Eclipse Vert.x | java | netty | e:w
dropwizard | Dropwizard | | java | spring-boot | e:d
play-framework | Play Framework | Play! Framework, Play Scala | java, scala | akka | e:w
akka | Akka | Akka Streams, Akka HTTP, Akka actors | scala | play-framework | e:w
http4s | http4s | | scala | akka | e:d
zio | ZIO | | scala | | cs e:w
grails | Grails | Grails framework | groovy | spring-boot | e:w
apache-camel | Apache Camel | | java | spring-integration | e:w
netty | Netty | | java | vertx | e:d
lombok | Lombok | Project Lombok | java | | e:d
google-guice | Google Guice | Guice | java | spring | e:d
log4j | Log4j | Log4j2, Log4J 2 | java | | e:d
javafx | JavaFX | | java | java-swing | e:w
java-swing | Java Swing | Java AWT, Swing UI | java | javafx | e:w
liferay | Liferay | Liferay Portal, Liferay DXP | java | | e:w
osgi | OSGi | | java | | e:w
jetty | Jetty | Eclipse Jetty | java | apache-tomcat | cs e:d
glassfish | GlassFish | Glassfish Server, Eclipse GlassFish | java, jakarta-ee | jboss | e:d

# --- Ruby ---
ruby-on-rails | Ruby on Rails | Rails, RoR, Ruby-on-Rails, Rails framework | ruby | ruby, rspec, sidekiq | amb e:w
sinatra | Sinatra | Sinatra framework | ruby | ruby-on-rails | amb e:d
sidekiq | Sidekiq | | ruby | ruby-on-rails, redis | e:d
active-record | Active Record | ActiveRecord | ruby-on-rails | ruby-on-rails | e:d
erb | ERB | Embedded Ruby | ruby | ruby-on-rails | e:d
haml | Haml | HAML | ruby | erb | e:d

# --- PHP ---
laravel | Laravel | Laravel framework | php | symfony, php, livewire | e:w
livewire | Livewire | Laravel Livewire | laravel | laravel, alpinejs | e:d
laravel-blade | Laravel Blade | Blade templates, Blade templating | laravel | laravel | e:d
eloquent | Eloquent ORM | Laravel Eloquent | laravel | laravel | e:d
symfony | Symfony | Symfony framework | php | laravel, doctrine | e:w
doctrine | Doctrine ORM | Doctrine 2 | php | symfony | e:d
codeigniter | CodeIgniter | Code Igniter | php | laravel | e:w
cakephp | CakePHP | Cake PHP | php | laravel | e:w
yii | Yii | Yii2, Yii 2 | php | laravel | e:w
laminas | Laminas | Zend Framework, Zend, Zend Framework 2 | php | symfony | e:w
slim-framework | Slim Framework | Slim PHP | php | laravel | e:d
phalcon | Phalcon | | php | | e:d

# --- .NET ---
dotnet | .NET | dotnet, .NET Framework, DotNet, .Net, Microsoft .NET, dot net, .NET platform | | asp-net, csharp, dotnet-core | e:m
dotnet-core | .NET Core | .NET 5, .NET 6, .NET 7, .NET 8, .NET 9, dotnet core, .Net Core, DotNet Core | dotnet | asp-net-core, csharp | e:w
asp-net | ASP.NET | ASP .NET, ASP.Net, ASPNET, ASP dot NET | dotnet | asp-net-core, csharp, asp-net-mvc | e:w
asp-net-core | ASP.NET Core | ASP .NET Core, ASP.Net Core, ASPNET Core | asp-net, dotnet-core | blazor, entity-framework | e:w
asp-net-mvc | ASP.NET MVC | ASP .NET MVC, ASP.Net MVC, MVC.NET, ASP.NET Core MVC | asp-net | asp-net-web-api | e:w
asp-net-web-api | ASP.NET Web API | ASP .NET Web API, ASP.Net Web API | asp-net | asp-net-mvc, rest | e:d
asp-net-web-forms | ASP.NET Web Forms | Web Forms, WebForms, ASP .NET Web Forms | asp-net | asp-net-mvc | e:w
classic-asp | Classic ASP | ASP Classic, Active Server Pages | | asp-net, vbscript | e:w
entity-framework | Entity Framework | EF Core, Entity Framework Core, EF6, EntityFramework | dotnet | linq, nhibernate, dapper | e:w
linq | LINQ | Language Integrated Query, LINQ to SQL | dotnet, csharp | entity-framework | e:d
ado-net | ADO.NET | ADO .NET | dotnet | entity-framework | e:d
dapper | Dapper | Dapper ORM | dotnet | entity-framework | cs e:d
nhibernate | NHibernate | | dotnet | entity-framework, hibernate | e:d
blazor | Blazor | Blazor WebAssembly, Blazor Server, Blazor WASM | asp-net-core | asp-net-core, razor | e:w
razor | Razor | Razor Pages, Razor syntax, cshtml | asp-net | blazor, asp-net-mvc | amb e:d
signalr | SignalR | ASP.NET SignalR | asp-net | socket-io | e:d
wpf | WPF | Windows Presentation Foundation | dotnet | xaml, winforms | e:w
winforms | Windows Forms | WinForms, Win Forms | dotnet | wpf | e:w
wcf | WCF | Windows Communication Foundation | dotnet | asp-net-web-api | e:w
uwp | UWP | Universal Windows Platform | dotnet | wpf, winui | e:w
winui | WinUI | WinUI 3, Windows App SDK | dotnet | uwp, wpf | e:w
nuget | NuGet | NuGet packages | dotnet | npm | e:d
mediatr | MediatR | | dotnet | | e:d
automapper | AutoMapper | | dotnet | | e:d
hangfire | Hangfire | | dotnet | | e:d
sitecore | Sitecore | Sitecore CMS, Sitecore XP | dotnet | umbraco, adobe-experience-manager | e:w
umbraco | Umbraco | Umbraco CMS | dotnet | sitecore | e:w
kentico | Kentico | Kentico Xperience | dotnet | sitecore | e:d

# --- Native desktop and C++ libraries ---
qt | Qt | Qt5, Qt6, Qt framework, Qt Creator | cpp | qml, pyqt | amb e:w
qml | QML | Qt Quick | qt | qt | e:d
boost | Boost | Boost C++, Boost libraries, Boost C++ Libraries | cpp | stl | amb e:w
stl | STL | Standard Template Library, C++ STL | cpp | boost | amb e:d
mfc | MFC | Microsoft Foundation Classes, Microsoft Foundation Class | cpp | win32 | e:w
win32 | Win32 API | Win32, WinAPI, Windows API | | mfc, cpp | e:w
gtk | GTK | GTK+, GTK3, GTK4 | | qt | e:w
wxwidgets | wxWidgets | wx Widgets | | qt | e:d
imgui | Dear ImGui | ImGui | cpp | | e:d
poco | POCO C++ Libraries | POCO libraries | cpp | boost | e:d
tauri | Tauri | | rust | electron | e:w
actix | Actix | Actix Web, actix-web | rust | axum, tokio | e:w
tokio | Tokio | | rust | actix, axum | e:w
axum | Axum | | rust | tokio | e:d
gin | Gin | Gin Gonic, Gin framework, gin-gonic | go | | amb e:d
gorilla-mux | Gorilla Mux | Gorilla toolkit, gorilla/mux | go | gin | e:d
phoenix | Phoenix Framework | Phoenix LiveView, Elixir Phoenix | elixir | elixir, erlang | e:w

# --- Graphics APIs and game engines ---
opengl | OpenGL | OpenGL ES | | vulkan, webgl, glsl, directx | e:w
vulkan | Vulkan | Vulkan API | | opengl, directx | e:m
directx | DirectX | Direct3D, DirectX 11, DirectX 12, DX12 | | hlsl, vulkan, opengl | e:w
metal-api | Metal API | Apple Metal | | vulkan, metal-shading-language | e:w
unity | Unity | Unity3D, Unity 3D, Unity Engine, Unity game engine | csharp | unreal-engine, godot, csharp | amb e:m
unreal-engine | Unreal Engine | Unreal, UE4, UE5, Unreal Engine 4, Unreal Engine 5, Unreal Engine 5.x | cpp | unity, unreal-blueprints | amb e:m
unreal-blueprints | Unreal Blueprints | Blueprint Visual Scripting, Blueprints Visual Scripting, UE Blueprints | unreal-engine | unreal-engine | e:w
godot | Godot | Godot Engine | | gdscript, unity | e:w
cryengine | CryEngine | | cpp | unreal-engine | e:w
gamemaker | GameMaker | GameMaker Studio, GameMaker Studio 2 | | godot | e:w
cocos2d | Cocos2d | Cocos2d-x, Cocos Creator | cpp | unity | e:w
roblox-studio | Roblox Studio | Roblox | lua | unity | e:w
monogame | MonoGame | | csharp | unity | e:w
sdl-library | SDL2 | Simple DirectMedia Layer | cpp | sfml | e:d
sfml | SFML | Simple and Fast Multimedia Library | cpp | sdl-library | e:d
physx | PhysX | NVIDIA PhysX | cpp | havok | e:d
havok | Havok | Havok Physics | cpp | physx | e:d
frostbite | Frostbite | Frostbite Engine, Frostbite 3 | cpp | unreal-engine, unity, cryengine | amb e:m
id-tech | id Tech | id Tech 6, id Tech 7, idTech | cpp | unreal-engine, cryengine | e:m
valve-source-engine | Valve Source Engine | Source SDK, Source 2 engine | cpp | unreal-engine, id-tech | e:m
heroengine | HeroEngine | Hero Engine | | unity, unreal-engine | e:w
gamesalad | GameSalad | | | unity, godot | e:d
project-anarchy | Project Anarchy | Havok Project Anarchy, Havok Vision Engine | cpp | havok, unity | e:w
rage | RAGE | Rockstar Advanced Game Engine | cpp | unreal-engine | amb e:m
shiva | ShiVa | ShiVa3D, ShiVa 3D, ShiVa Engine | | unity | amb e:w

# --- CMSs and e-commerce platforms ---
woocommerce | WooCommerce | Woo Commerce | wordpress | shopify, wordpress | e:d
elementor | Elementor | | wordpress | wordpress | e:d
drupal | Drupal | Drupal 8, Drupal 9, Drupal 10 | php | wordpress | e:w
joomla | Joomla | Joomla! | php | wordpress, drupal | e:w
magento | Magento | Adobe Commerce, Magento 2 | php | shopify, bigcommerce | e:w
shopify | Shopify | Shopify Plus, Shopify development | | liquid, woocommerce, bigcommerce | e:w
liquid | Shopify Liquid | Liquid templating, Liquid templates, Liquid template language | shopify | shopify | e:d
bigcommerce | BigCommerce | Big Commerce | | shopify | e:d
prestashop | PrestaShop | | php | magento | e:d
salesforce-commerce-cloud | Salesforce Commerce Cloud | SFCC, Demandware, Salesforce B2C Commerce | | salesforce, magento | e:w
sap-commerce-cloud | SAP Commerce Cloud | SAP Hybris, Hybris, SAP Hybris Commerce | java | sap, salesforce-commerce-cloud | e:w
contentful | Contentful | | headless-cms | strapi | e:d
headless-cms | Headless CMS | Headless Content Management System, Headless CMSs | | contentful, strapi, jamstack | e:w
content-management-systems | Content Management Systems | CMS, CMSs, content management system, web content management, web content management system, Web CMS, WebCMS, WCMS | | wordpress, drupal, headless-cms | amb e:w
enterprise-content-management | Enterprise Content Management | ECM, enterprise content management systems, ECM systems | content-management-systems | microsoft-sharepoint | amb e:w
ecommerce-platforms | E-commerce Platforms | ecommerce platforms, eCommerce platforms, e-commerce systems | | shopify, magento, woocommerce, bigcommerce | e:w
craft-cms | Craft CMS | | php | wordpress | e:d
wix | Wix | Wix.com, Velo by Wix | | squarespace, webflow | e:d
squarespace | Squarespace | | | wix, wordpress | e:d
dnn | DotNetNuke | DNN Platform, DNN CMS | dotnet | umbraco | e:d
coldfusion | ColdFusion | Adobe ColdFusion, CFML, Lucee | | java | e:w

# --- IDEs and code editors ---
visual-studio | Visual Studio | Microsoft Visual Studio, MS Visual Studio, Visual Studio 2019, Visual Studio 2022 | | csharp, dotnet, visual-studio-code | e:d
visual-studio-code | Visual Studio Code | VS Code, VSCode, VS-Code | | visual-studio, git | e:d
intellij-idea | IntelliJ IDEA | IntelliJ, IntelliJ IDE, JetBrains IntelliJ | | java, kotlin, eclipse-ide | e:d
eclipse-ide | Eclipse | Eclipse IDE | | java, intellij-idea | amb e:d
pycharm | PyCharm | JetBrains PyCharm | | python, intellij-idea | e:d
webstorm | WebStorm | JetBrains WebStorm | | javascript, visual-studio-code | e:d
netbeans | NetBeans | Apache NetBeans | | java, eclipse-ide | e:d
integrated-development-environments | IDEs | IDE, integrated development environment, integrated development environments, integrated development environment software | | visual-studio-code, intellij-idea, eclipse-ide | cs e:d
kdevelop | KDevelop | | integrated-development-environments | qt, cpp | e:d
code-blocks | Code::Blocks | CodeBlocks | integrated-development-environments | cpp | e:d
rider | JetBrains Rider | Rider IDE | | csharp, visual-studio | e:d
clion | CLion | JetBrains CLion | | cpp, c | e:d
phpstorm | PhpStorm | JetBrains PhpStorm | | php | e:d
vim | Vim | Neovim, NeoVim, vi editor | | emacs, linux | cs e:d
emacs | Emacs | GNU Emacs | | vim | e:d
`;
