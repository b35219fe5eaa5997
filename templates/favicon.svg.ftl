<#-- The site's icon for browser tabs and bookmarks, when the edition has no clinic logo: a rounded square in
     the brand colour with a white curve for the back. No words, no scripts, nothing from outside. -->
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">
<rect x="2" y="2" width="60" height="60" rx="14" fill="<#if clinic?? && clinic.brandColour?has_content>${clinic.brandColour}<#else>#0b4f8a</#if>"/>
<path d="M26 12 C 40 22, 18 34, 34 44 S 30 54, 30 54" fill="none" stroke="#ffffff" stroke-width="7" stroke-linecap="round"/>
</svg>
