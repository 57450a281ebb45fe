<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ca" sourcelanguage="es">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="77"/>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="78"/>
        <source>Acerca de y diagnóstico</source>
        <translation>Informació i diagnòstic</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="81"/>
        <source>Si llama a soporte, léales estos datos o guarde el archivo de diagnóstico y envíeselo: no contiene datos de clientes.</source>
        <translation>Si truqueu al suport tècnic, llegiu-los aquestes dades o deseu el fitxer de diagnòstic i envieu-los-el: no conté dades de clients.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="90"/>
        <source>Terminal y tienda</source>
        <translation>Terminal i botiga</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="91"/>
        <source>Aplicación</source>
        <translation>Aplicació</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="96"/>
        <source>Sincronización</source>
        <translation>Sincronització</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="97"/>
        <source>Equipo</source>
        <translation>Equip</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="99"/>
        <source>Guardar archivo de diagnóstico…</source>
        <translation>Desar el fitxer de diagnòstic…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="102"/>
        <source>Copiar resumen</source>
        <translation>Copiar el resum</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="104"/>
        <source>Cerrar</source>
        <translation>Tancar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="136"/>
        <source>Versión</source>
        <translation>Versió</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="136"/>
        <source>Esquema de datos</source>
        <translation>Esquema de dades</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="140"/>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="141"/>
        <source>Tienda</source>
        <translation>Botiga</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="142"/>
        <source>Servidor</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="143"/>
        <source>Registro</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="148"/>
        <source>Estado</source>
        <translation>Estat</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="149"/>
        <source>Detalle</source>
        <translation>Detall</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="150"/>
        <source>Actualización</source>
        <translation>Actualització</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="151"/>
        <source>Última sincronización</source>
        <translation>Última sincronització</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="152"/>
        <source>Cambios por enviar</source>
        <translation>Canvis per enviar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="153"/>
        <source>Cambios rechazados</source>
        <translation>Canvis rebutjats</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="154"/>
        <source>Pendientes de revisar</source>
        <translation>Pendents de revisar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="159"/>
        <source>Carpeta de datos</source>
        <translation>Carpeta de dades</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="160"/>
        <source>Espacio libre</source>
        <translation>Espai lliure</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="161"/>
        <source>Base de datos</source>
        <translation>Base de dades</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="162"/>
        <source>Copias de la base de datos</source>
        <translation>Còpies de la base de dades</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="163"/>
        <source>Versiones</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="164"/>
        <source>Sistema</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="200"/>
        <source>No se pudieron leer los datos del terminal: {error}</source>
        <translation>No s&apos;han pogut llegir les dades del terminal: {error}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="238"/>
        <source>{code} · id {id}</source>
        <translation>{code} · id {id}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="242"/>
        <source>{code} · {name}</source>
        <translation>{code} · {name}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="250"/>
        <source>{revision} (al día)</source>
        <translation>{revision} (al dia)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="252"/>
        <source>{revision} (la aplicación espera {head})</source>
        <translation>{revision} (l&apos;aplicació espera {head})</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="260"/>
        <source>Registrado en el servidor</source>
        <translation>Registrat al servidor</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="261"/>
        <source>Sin registrar: demostración o tienda sin servidor</source>
        <translation>Sense registrar: demostració o botiga sense servidor</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="263"/>
        <source>Registrado, pero las credenciales no se pueden leer con la clave de esta instalación</source>
        <translation>Registrat, però les credencials no es poden llegir amb la clau d&apos;aquesta instal·lació</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="280"/>
        <source>Nunca</source>
        <translation>Mai</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="285"/>
        <source>%n cambio(s); el más antiguo, {when}</source>
        <translation>
            <numerusform>%n canvi, del {when}</numerusform>
            <numerusform>%n canvis; el més antic, del {when}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="290"/>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="291"/>
        <source>Ninguno</source>
        <translation>Cap</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="293"/>
        <source>%n cambio(s)</source>
        <translation>
            <numerusform>%n canvi</numerusform>
            <numerusform>%n canvis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="294"/>
        <source>%n caso(s)</source>
        <translation>
            <numerusform>%n cas</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="299"/>
        <source>Necesaria ya: la central no admite esta versión</source>
        <translation>Necessària ja: la central no admet aquesta versió</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="304"/>
        <source>Necesaria antes del {date}: desde ese día este terminal no recibirá datos nuevos</source>
        <translation>Necessària abans del {date}: des d&apos;aquell dia aquest terminal no rebrà dades noves</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="313"/>
        <source>Sin servidor: este terminal no se sincroniza</source>
        <translation>Sense servidor: aquest terminal no se sincronitza</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="315"/>
        <source>En línea</source>
        <translation>En línia</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="316"/>
        <source>Sincronizando…</source>
        <translation>Sincronitzant…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="317"/>
        <source>Sin conexión con el servidor</source>
        <translation>Sense connexió amb el servidor</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="318"/>
        <source>La sincronización no avanza</source>
        <translation>La sincronització no avança</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="319"/>
        <source>Terminal dado de baja por la central</source>
        <translation>Terminal donat de baixa per la central</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="320"/>
        <source>Hay que actualizar la aplicación</source>
        <translation>Cal actualitzar l&apos;aplicació</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="323"/>
        <source>siguiente intento a las {time}</source>
        <translation>següent intent a les {time}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="338"/>
        <source>{free} libres de {total}</source>
        <translation>{free} lliures de {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="346"/>
        <source>%n copia(s); la última, {name}</source>
        <translation>
            <numerusform>%n còpia: {name}</numerusform>
            <numerusform>%n còpies; l&apos;última, {name}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="350"/>
        <source>Ninguna</source>
        <translation>Cap</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="366"/>
        <source>{time} ({age})</source>
        <translation>{time} ({age})</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="373"/>
        <source>hace un momento</source>
        <translation>fa un moment</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="375"/>
        <source>hace %n min</source>
        <translation>
            <numerusform>fa %n min</numerusform>
            <numerusform>fa %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="377"/>
        <source>hace %n h</source>
        <translation>
            <numerusform>fa %n h</numerusform>
            <numerusform>fa %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="378"/>
        <source>hace %n día(s)</source>
        <translation>
            <numerusform>fa %n dia</numerusform>
            <numerusform>fa %n dies</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="385"/>
        <source>Loyalty Counter · Acerca de y diagnóstico · {time} UTC</source>
        <translation>Loyalty Counter · Informació i diagnòstic · {time} UTC</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="399"/>
        <source>Resumen copiado: péguelo en el correo o el chat de soporte.</source>
        <translation>Resum copiat: enganxeu-lo al correu o al xat del suport tècnic.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="406"/>
        <source>Carpeta donde guardar el archivo de diagnóstico</source>
        <translation>Carpeta on desar el fitxer de diagnòstic</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="417"/>
        <source>Guardando el archivo de diagnóstico…</source>
        <translation>Desant el fitxer de diagnòstic…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="431"/>
        <source>Archivo de diagnóstico guardado en:
{path}</source>
        <translation>Fitxer de diagnòstic desat a:
{path}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="441"/>
        <source>No se pudo guardar el archivo en {folder}: {reason}</source>
        <translation>No s&apos;ha pogut desar el fitxer a {folder}: {reason}</translation>
    </message>
</context>
<context>
    <name>AdviceRow</name>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="72"/>
        <source>Recomendar</source>
        <translation>Recomanar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="75"/>
        <source>Añadir a la venta</source>
        <translation>Afegir a la venda</translation>
    </message>
</context>
<context>
    <name>AdvisorDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="101"/>
        <source>Asesoramiento de belleza</source>
        <translation>Assessorament de bellesa</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="109"/>
        <source>Recoger el consentimiento ahora</source>
        <translation>Recollir el consentiment ara</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="119"/>
        <source>Guardar diagnóstico</source>
        <translation>Desar el diagnòstic</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="121"/>
        <source>Empezar de nuevo</source>
        <translation>Començar de nou</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="143"/>
        <source>Guardar hábitos</source>
        <translation>Desar els hàbits</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="159"/>
        <source>Diagnóstico</source>
        <translation>Diagnòstic</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="160"/>
        <source>Historial</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="161"/>
        <source>Hábitos</source>
        <translation>Hàbits</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="162"/>
        <source>Consejos</source>
        <translation>Consells</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="165"/>
        <source>Informe para el cliente</source>
        <translation>Informe per al client</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="169"/>
        <source>Enviar informe por e-mail</source>
        <translation>Enviar l&apos;informe per e-mail</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="172"/>
        <source>Cerrar</source>
        <translation>Tancar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="206"/>
        <source>Asesoramiento · {name}</source>
        <translation>Assessorament · {name}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="215"/>
        <source>{name} no ha dado su consentimiento para registrar datos de piel y hábitos (o lo ha retirado). Sin él no se puede anotar ni consultar su diagnóstico. Si lo desea, puede darlo ahora: lo lee, lo marca y firma.</source>
        <translation>{name} no ha donat el consentiment per registrar dades de pell i hàbits (o l&apos;ha retirat). Sense aquest consentiment no se&apos;n pot anotar ni consultar el diagnòstic. Si vol, el pot donar ara: el llegeix, el marca i el signa.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="223"/>
        <source>Los datos de piel y hábitos solo se registran para socias y socios del club, con su consentimiento firmado. {name} puede hacerse socio/a con una compra de esta visita.</source>
        <translation>Les dades de pell i hàbits només es registren per a les sòcies i els socis del club, amb el seu consentiment signat. {name} pot fer-se soci/a amb una compra d&apos;aquesta visita.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="247"/>
        <source>Se le acaba</source>
        <translation>Se li acaba</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="252"/>
        <source>Se acabó el {d}</source>
        <translation>Es va acabar el {d}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="252"/>
        <source>Se acaba el {d}</source>
        <translation>S&apos;acaba el {d}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="260"/>
        <source>Sugerencias para su piel</source>
        <translation>Suggeriments per a la seva pell</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="267"/>
        <source>Se suele comprar junto con lo que lleva</source>
        <translation>Se sol comprar amb el que s&apos;emporta</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="278"/>
        <source>Nada por ahora.</source>
        <translation>Res de moment.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="285"/>
        <source>«{name}» añadido a la venta.</source>
        <translation>«{name}» afegit a la venda.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="306"/>
        <source>«{name}» recomendado en el diagnóstico.</source>
        <translation>«{name}» recomanat al diagnòstic.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="314"/>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="364"/>
        <source>Revise los datos marcados.</source>
        <translation>Reviseu les dades marcades.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="329"/>
        <source>Diagnóstico guardado.</source>
        <translation>Diagnòstic desat.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="353"/>
        <source>Corrigiendo el diagnóstico del {d}: al guardar, sustituye al anterior.</source>
        <translation>Corregint el diagnòstic del {d}: en desar-lo, substitueix l&apos;anterior.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="367"/>
        <source>No hay cambios que guardar.</source>
        <translation>No hi ha canvis per desar.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="380"/>
        <source>Hábitos guardados.</source>
        <translation>Hàbits desats.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="385"/>
        <source>Producto recomendado</source>
        <translation>Producte recomanat</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="385"/>
        <source>Producto que usa</source>
        <translation>Producte que fa servir</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="434"/>
        <source>Consentimiento firmado y guardado.</source>
        <translation>Consentiment signat i desat.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="446"/>
        <source>Informe de cuidado de la piel</source>
        <translation>Informe de cura de la pell</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="462"/>
        <source>Solo se envía por e-mail a quien dio su e-mail y aceptó recibir nuestros correos. Imprímalo para que se lo lleve.</source>
        <translation>Només s&apos;envia per e-mail a qui ens ha donat el seu e-mail i ha acceptat rebre els nostres correus. Imprimiu-lo perquè se l&apos;emporti.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="475"/>
        <source>El informe se enviará a {to}.</source>
        <translation>L&apos;informe s&apos;enviarà a {to}.</translation>
    </message>
</context>
<context>
    <name>AdvisorLabels</name>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="14"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="15"/>
        <source>Seca</source>
        <translation>Seca</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="16"/>
        <source>Grasa</source>
        <translation>Grassa</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="17"/>
        <source>Mixta</source>
        <translation>Mixta</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="20"/>
        <source>Baja</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="21"/>
        <source>Media</source>
        <translation>Mitjana</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="22"/>
        <source>Alta</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="25"/>
        <source>Líneas finas</source>
        <translation>Línies fines</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="26"/>
        <source>Arrugas</source>
        <translation>Arrugues</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="27"/>
        <source>Manchas</source>
        <translation>Taques</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="28"/>
        <source>Acné</source>
        <translation>Acne</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="29"/>
        <source>Rojeces</source>
        <translation>Vermellors</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="30"/>
        <source>Ojeras</source>
        <translation>Ulleres</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="31"/>
        <source>Poros dilatados</source>
        <translation>Porus dilatats</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="32"/>
        <source>Tono apagado</source>
        <translation>To apagat</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="33"/>
        <source>Deshidratación</source>
        <translation>Deshidratació</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="36"/>
        <source>Frente</source>
        <translation>Front</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="37"/>
        <source>Ojos</source>
        <translation>Ulls</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="38"/>
        <source>Nariz</source>
        <translation>Nas</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="39"/>
        <source>Mejillas</source>
        <translation>Galtes</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="40"/>
        <source>Boca</source>
        <translation>Boca</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="41"/>
        <source>Mentón</source>
        <translation>Barbeta</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="42"/>
        <source>Cuello</source>
        <translation>Coll</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="45"/>
        <source>Siempre se quema, nunca se broncea</source>
        <translation>Sempre es crema, mai no es bronzeja</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="46"/>
        <source>Se quema con facilidad, se broncea poco</source>
        <translation>Es crema amb facilitat, es bronzeja poc</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="47"/>
        <source>A veces se quema, se broncea poco a poco</source>
        <translation>De vegades es crema, es bronzeja a poc a poc</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="48"/>
        <source>Rara vez se quema, se broncea con facilidad</source>
        <translation>Rarament es crema, es bronzeja amb facilitat</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="49"/>
        <source>Casi nunca se quema, piel morena</source>
        <translation>Gairebé mai no es crema, pell bruna</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="50"/>
        <source>Nunca se quema, piel muy oscura</source>
        <translation>Mai no es crema, pell molt fosca</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="54"/>
        <source>Limpieza</source>
        <translation>Neteja</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="55"/>
        <source>Tónico</source>
        <translation>Tònic</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="56"/>
        <source>Sérum</source>
        <translation>Sèrum</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="57"/>
        <source>Hidratante</source>
        <translation>Hidratant</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="58"/>
        <source>Contorno de ojos</source>
        <translation>Contorn d&apos;ulls</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="59"/>
        <source>Protección solar</source>
        <translation>Protecció solar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="60"/>
        <source>Maquillaje</source>
        <translation>Maquillatge</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="61"/>
        <source>Desmaquillante</source>
        <translation>Desmaquillant</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="62"/>
        <source>Cuerpo</source>
        <translation>Cos</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="63"/>
        <source>Cabello</source>
        <translation>Cabell</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="66"/>
        <source>Mañana y noche</source>
        <translation>Matí i nit</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="67"/>
        <source>Una vez al día</source>
        <translation>Un cop al dia</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="68"/>
        <source>Varias veces por semana</source>
        <translation>Diversos cops a la setmana</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="69"/>
        <source>Una vez por semana</source>
        <translation>Un cop a la setmana</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="70"/>
        <source>De vez en cuando</source>
        <translation>De tant en tant</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="73"/>
        <source>Sin perfume</source>
        <translation>Sense perfum</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="74"/>
        <source>Vegano</source>
        <translation>Vegà</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="75"/>
        <source>Para piel sensible</source>
        <translation>Per a pell sensible</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="78"/>
        <source>Hasta 20 €</source>
        <translation>Fins a 20 €</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="79"/>
        <source>20–50 €</source>
        <translation>20–50 €</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="80"/>
        <source>Más de 50 €</source>
        <translation>Més de 50 €</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/approval.py" line="44"/>
        <location filename="../../pos_client/ui/screens/gifts/approval.py" line="45"/>
        <source>Aprobación de un encargado</source>
        <translation>Aprovació d&apos;un encarregat</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/approval.py" line="50"/>
        <source>Un encargado escribe su código y su PIN para aprobarlo. La sesión abierta no cambia.</source>
        <translation>Un encarregat escriu el seu codi i el seu PIN per aprovar-ho. La sessió oberta no canvia.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/approval.py" line="56"/>
        <source>Código del encargado</source>
        <translation>Codi de l&apos;encarregat</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/approval.py" line="57"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/approval.py" line="69"/>
        <source>Cancelar</source>
        <translation>Cancel·lar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/approval.py" line="71"/>
        <source>Aprobar</source>
        <translation>Aprovar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/approval.py" line="115"/>
        <source>Escriba el código y el PIN del encargado.</source>
        <translation>Escriviu el codi i el PIN de l&apos;encarregat.</translation>
    </message>
</context>
<context>
    <name>BoughtLinePicker</name>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/bought_line_picker.py" line="45"/>
        <source>Quitar</source>
        <translation>Treure</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/bought_line_picker.py" line="51"/>
        <source>Nº de ticket, o escanee su QR</source>
        <translation>Núm. de tiquet, o escanegeu-ne el QR</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/bought_line_picker.py" line="53"/>
        <source>Buscar</source>
        <translation>Cercar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/bought_line_picker.py" line="64"/>
        <source>Producto comprado (opcional)</source>
        <translation>Producte comprat (opcional)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/bought_line_picker.py" line="81"/>
        <source>{name} ×{q}
{day} · ticket {receipt}</source>
        <translation>{name} ×{q}
{day} · tiquet {receipt}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/bought_line_picker.py" line="92"/>
        <source>Líneas del ticket {n}: toque el producto.</source>
        <translation>Línies del tiquet {n}: toqueu el producte.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/bought_line_picker.py" line="96"/>
        <source>Sus últimas compras en esta tienda: toque el producto.</source>
        <translation>Les seves últimes compres en aquesta botiga: toqueu el producte.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/bought_line_picker.py" line="100"/>
        <source>No tiene compras en esta tableta: busque el ticket por su número.</source>
        <translation>No té compres en aquesta tauleta: cerqueu el tiquet pel número.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/bought_line_picker.py" line="129"/>
        <source>Ningún producto elegido</source>
        <translation>Cap producte triat</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/bought_line_picker.py" line="133"/>
        <source>{name} — ticket {receipt} del {day}</source>
        <translation>{name} — tiquet {receipt} del {day}</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="57"/>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="58"/>
        <source>Anular un canje</source>
        <translation>Anul·lar un bescanvi</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="69"/>
        <source>Fecha</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="69"/>
        <source>Regalo</source>
        <translation>Regal</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="69"/>
        <source>Puntos</source>
        <translation>Punts</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="69"/>
        <source>Estado</source>
        <translation>Estat</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="78"/>
        <source>Este cliente no ha canjeado regalos en esta tienda.</source>
        <translation>Aquest client no ha bescanviat cap regal en aquesta botiga.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="83"/>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="107"/>
        <source>Motivo de la anulación</source>
        <translation>Motiu de l&apos;anul·lació</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="86"/>
        <source>¿Devuelve el regalo?</source>
        <translation>Retorna el regal?</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="87"/>
        <source>Márquelo si el cliente trae el regalo: vuelve al stock</source>
        <translation>Marqueu-ho si el client porta el regal: torna a l&apos;estoc</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="91"/>
        <source>Cerrar</source>
        <translation>Tancar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="93"/>
        <source>Anular canje</source>
        <translation>Anul·lar el bescanvi</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="104"/>
        <source>Canjes en esta tienda</source>
        <translation>Bescanvis en aquesta botiga</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="171"/>
        <source>Elija el canje que se anula.</source>
        <translation>Trieu el bescanvi que s&apos;anul·la.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="174"/>
        <source>Escriba el motivo: al menos %n carácter(es) más.</source>
        <translation>
            <numerusform>Escriviu el motiu: almenys %n caràcter més.</numerusform>
            <numerusform>Escriviu el motiu: almenys %n caràcters més.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="178"/>
        <source>Se devolverán {points} a su saldo.</source>
        <translation>Es retornaran {points} al seu saldo.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="188"/>
        <source>Anular el canje de «{gift}» ({points}) de {name}</source>
        <translation>Anul·lar el bescanvi de «{gift}» ({points}) de {name}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="219"/>
        <source>Canje anulado: se han devuelto {points}. Saldo: {balance}.</source>
        <translation>Bescanvi anul·lat: s&apos;han retornat {points}. Saldo: {balance}.</translation>
    </message>
</context>
<context>
    <name>CartPanel</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="48"/>
        <source>Código de producto (F3) y Intro</source>
        <translation>Codi de producte (F3) i Intro</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="50"/>
        <source>Añadir</source>
        <translation>Afegir</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="70"/>
        <source>Una unidad menos</source>
        <translation>Una unitat menys</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="71"/>
        <source>Una unidad más</source>
        <translation>Una unitat més</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="72"/>
        <source>Cantidad…</source>
        <translation>Quantitat…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="73"/>
        <source>Dto. línea…</source>
        <translation>Dte. línia…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="74"/>
        <source>Quitar línea</source>
        <translation>Treure línia</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="75"/>
        <source>Dto. ticket…</source>
        <translation>Dte. tiquet…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="94"/>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="96"/>
        <source>Descuentos</source>
        <translation>Descomptes</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="99"/>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="102"/>
        <source>Cobrar (F9)</source>
        <translation>Cobrar (F9)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="107"/>
        <source>Venta</source>
        <translation>Venda</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="183"/>
        <source>Cantidad</source>
        <translation>Quantitat</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="183"/>
        <source>Unidades:</source>
        <translation>Unitats:</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="198"/>
        <source>Descuento de línea</source>
        <translation>Descompte de línia</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="207"/>
        <source>Descuento de ticket</source>
        <translation>Descompte de tiquet</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="242"/>
        <source>IVA {rate} %: {vat}</source>
        <translation>IVA {rate} %: {vat}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="250"/>
        <source>Puntos de esta venta: {n}, para el nuevo socio/a {name}</source>
        <translation>Punts d&apos;aquesta venda: {n}, per al nou soci/a {name}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="255"/>
        <source>Sin cliente: esta venta no suma puntos</source>
        <translation>Sense client: aquesta venda no suma punts</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="257"/>
        <source>Puntos de esta venta: {n}</source>
        <translation>Punts d&apos;aquesta venda: {n}</translation>
    </message>
</context>
<context>
    <name>CartTableModel</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="35"/>
        <source>Producto</source>
        <translation>Producte</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="36"/>
        <source>Cant.</source>
        <translation>Quant.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="37"/>
        <source>Precio</source>
        <translation>Preu</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="38"/>
        <source>Dto.</source>
        <translation>Dte.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="39"/>
        <source>Importe</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="114"/>
        <source>Consentimiento</source>
        <translation>Consentiment</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="118"/>
        <source>Texto versión {v} · {language}</source>
        <translation>Text versió {v} · {language}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="133"/>
        <source>Obligatorio para ser socio/a</source>
        <translation>Obligatori per ser soci/a</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="151"/>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="196"/>
        <source>Firma de {name}</source>
        <translation>Signatura de {name}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="155"/>
        <source>Borrar</source>
        <translation>Esborrar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="156"/>
        <source>Deshacer trazo</source>
        <translation>Desfer traç</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="163"/>
        <source>Firmar y aceptar</source>
        <translation>Signar i acceptar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="165"/>
        <source>Volver</source>
        <translation>Enrere</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="205"/>
        <source>marcar las condiciones del club</source>
        <translation>marcar les condicions del club</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="207"/>
        <source>marcar lo que acepta</source>
        <translation>marcar el que accepta</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="209"/>
        <source>firmar en el recuadro</source>
        <translation>signar al requadre</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="211"/>
        <source>Para aceptar falta: {what}.</source>
        <translation>Per acceptar falta: {what}.</translation>
    </message>
</context>
<context>
    <name>ConsentHistoryDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="59"/>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="61"/>
        <source>Consentimientos de {name}</source>
        <translation>Consentiments de {name}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="84"/>
        <source>Fecha</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="85"/>
        <source>Tienda</source>
        <translation>Botiga</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="86"/>
        <source>Atendió</source>
        <translation>Va atendre</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="87"/>
        <source>Versión</source>
        <translation>Versió</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="88"/>
        <source>Tipo</source>
        <translation>Tipus</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="100"/>
        <source>Sí: lo da · No: lo retira · —: sin cambios en ese registro</source>
        <translation>Sí: el dona · No: el retira · —: sense canvis en aquest registre</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="104"/>
        <source>Reimprimir</source>
        <translation>Reimprimir</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="106"/>
        <source>Enviar por e-mail</source>
        <translation>Enviar per e-mail</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="107"/>
        <source>Enviar el documento de este registro a su e-mail</source>
        <translation>Enviar el document d&apos;aquest registre al seu e-mail</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="109"/>
        <source>Cambiar elección</source>
        <translation>Canviar elecció</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="111"/>
        <source>Guardar cambios</source>
        <translation>Desar els canvis</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="113"/>
        <source>Descartar cambios</source>
        <translation>Descartar els canvis</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="115"/>
        <source>Cerrar</source>
        <translation>Tancar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="137"/>
        <source>Situación actual</source>
        <translation>Situació actual</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="141"/>
        <source>Historial</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="176"/>
        <source>Sí</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="176"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="184"/>
        <source>El documento firmado está en la central: disponible tras sincronizar</source>
        <translation>El document signat és a la central: disponible després de sincronitzar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="201"/>
        <source>Dado</source>
        <translation>Donat</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="201"/>
        <source>No dado</source>
        <translation>No donat</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="266"/>
        <source>Retirar un consentimiento tiene efecto en esta tienda al guardarlo, y en todas las demás en cuanto se sincronice.</source>
        <translation>Retirar un consentiment té efecte en aquesta botiga en desar-lo, i a totes les altres tan bon punt se sincronitzi.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="273"/>
        <source>Darse de baja del club retira también todos los demás consentimientos. La tarjeta y los puntos dejan de valer.</source>
        <translation>Donar-se de baixa del club retira també tots els altres consentiments. La targeta i els punts deixen de valer.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="280"/>
        <source>No es socio/a del club: aquí solo se puede retirar. Para volver a ser socio/a, haga un alta nueva con una compra.</source>
        <translation>No és soci/a del club: aquí només es pot retirar. Per tornar a ser soci/a, feu una alta nova amb una compra.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="287"/>
        <source>Quitar una marca la retira sin firma. Marcar una nueva la da: el cliente la leerá y firmará.</source>
        <translation>Treure una marca la retira sense signatura. Marcar-ne una de nova la dona: el client la llegirà i la signarà.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="305"/>
        <source>No ha cambiado ninguna elección.</source>
        <translation>No ha canviat cap elecció.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="318"/>
        <source>Baja del club</source>
        <translation>Baixa del club</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="320"/>
        <source>{name} dejará de ser socio/a del club y se retirarán todos sus consentimientos. ¿Darle de baja?</source>
        <translation>{name} deixarà de ser soci/a del club i es retiraran tots els seus consentiments. Donar-lo de baixa?</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="323"/>
        <source>Dar de baja</source>
        <translation>Donar de baixa</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="324"/>
        <source>No, volver</source>
        <translation>No, tornar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="370"/>
        <source>Guardado. Ya cuenta en esta tienda; en las demás, en cuanto esta tableta sincronice.</source>
        <translation>Desat. Ja compta en aquesta botiga; a les altres, tan bon punt aquesta tauleta sincronitzi.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="69"/>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="70"/>
        <source>Corregir y reenviar</source>
        <translation>Corregir i reenviar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="72"/>
        <source>La central lo rechazó: {reason}. Corrija el dato y vuelva a enviarlo.</source>
        <translation>La central ho va rebutjar: {reason}. Corregiu la dada i torneu-la a enviar.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="94"/>
        <source>Cancelar</source>
        <translation>Cancel·lar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="96"/>
        <source>Reenviar corregido</source>
        <translation>Reenviar corregit</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="117"/>
        <source>Nombre</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="118"/>
        <source>Apellidos</source>
        <translation>Cognoms</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="119"/>
        <source>DNI/NIE</source>
        <translation>DNI/NIE</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="120"/>
        <source>Teléfono</source>
        <translation>Telèfon</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="121"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="122"/>
        <source>Fecha de nacimiento</source>
        <translation>Data de naixement</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="123"/>
        <source>Código postal</source>
        <translation>Codi postal</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="124"/>
        <source>Idioma</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="125"/>
        <source>Género</source>
        <translation>Gènere</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="132"/>
        <source>— sin indicar —</source>
        <translation>— sense indicar —</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="150"/>
        <source>dd/mm/aaaa</source>
        <translation>dd/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="196"/>
        <source>Este dato es obligatorio.</source>
        <translation>Aquesta dada és obligatòria.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="198"/>
        <source>Demasiado largo: caben {limit} caracteres.</source>
        <translation>Massa llarg: hi caben {limit} caràcters.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="202"/>
        <source>Lleva caracteres que no se pueden guardar: escríbalo de nuevo.</source>
        <translation>Porta caràcters que no es poden desar: torneu-lo a escriure.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="204"/>
        <source>Escriba la fecha como día/mes/año, por ejemplo 14/03/1991.</source>
        <translation>Escriviu la data com a dia/mes/any, per exemple 14/03/1991.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="206"/>
        <source>Un código postal son 5 cifras, por ejemplo 08007.</source>
        <translation>Un codi postal són 5 xifres, per exemple 08007.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="208"/>
        <source>Elija una de las opciones de la lista.</source>
        <translation>Trieu una de les opcions de la llista.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="209"/>
        <source>Revise este dato.</source>
        <translation>Reviseu aquesta dada.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="213"/>
        <source>Corrija los datos marcados.</source>
        <translation>Corregiu les dades marcades.</translation>
    </message>
</context>
<context>
    <name>CounterScreen</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="103"/>
        <source>Cámara</source>
        <translation>Càmera</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="106"/>
        <source>Devolución (F8)</source>
        <translation>Devolució (F8)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="108"/>
        <source>Tickets (F7)</source>
        <translation>Tiquets (F7)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="110"/>
        <source>Reposiciones</source>
        <translation>Reposicions</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="111"/>
        <source>Clientes a los que se les acaba un producto esta semana</source>
        <translation>Clients a qui se&apos;ls acaba un producte aquesta setmana</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="113"/>
        <source>Incidencias</source>
        <translation>Incidències</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="114"/>
        <source>Las incidencias abiertas de la tienda</source>
        <translation>Les incidències obertes de la botiga</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="116"/>
        <source>Nueva venta</source>
        <translation>Nova venda</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="118"/>
        <source>Cambiar usuario (F12)</source>
        <translation>Canviar d&apos;usuari (F12)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="185"/>
        <source>Alta de {new} descartada (no se ha guardado nada): la venta es para {who}.</source>
        <translation>Alta de {new} descartada (no s&apos;ha desat res): la venda és per a {who}.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="190"/>
        <source>Cliente: {name}</source>
        <translation>Client: {name}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="221"/>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="297"/>
        <source>Nuevo socio/a: {name} — se dará de alta al cobrar</source>
        <translation>Nou soci/a: {name} — es donarà d&apos;alta en cobrar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="239"/>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="244"/>
        <source>Descartar el alta</source>
        <translation>Descartar l&apos;alta</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="241"/>
        <source>El alta de {name} todavía no se ha guardado: se guarda al cobrar. Si la descarta, se pierden sus datos y su firma. ¿Descartarla?</source>
        <translation>L&apos;alta de {name} encara no s&apos;ha desat: es desa en cobrar. Si la descarteu, es perden les dades i la signatura. Descartar-la?</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="245"/>
        <source>No, mantenerla</source>
        <translation>No, mantenir-la</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="255"/>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="365"/>
        <source>Alta de {name} descartada: no se ha guardado nada.</source>
        <translation>Alta de {name} descartada: no s&apos;ha desat res.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="467"/>
        <source>Cámara activa: muestre el código a la cámara</source>
        <translation>Càmera activa: mostri el codi a la càmera</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="470"/>
        <source>No se puede usar la cámara: {r}</source>
        <translation>No es pot fer servir la càmera: {r}</translation>
    </message>
</context>
<context>
    <name>DiagnosticForm</name>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="168"/>
        <source>Tipo de piel</source>
        <translation>Tipus de pell</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="175"/>
        <source>Sensibilidad</source>
        <translation>Sensibilitat</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="180"/>
        <source>Fototipo</source>
        <translation>Fototip</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="188"/>
        <source>Preocupaciones</source>
        <translation>Preocupacions</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="191"/>
        <source>Zonas tratadas</source>
        <translation>Zones tractades</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="200"/>
        <source>Niveles (0 a 100)</source>
        <translation>Nivells (0 a 100)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="204"/>
        <source>Hidratación</source>
        <translation>Hidratació</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="204"/>
        <source>Grasa</source>
        <translation>Greix</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="229"/>
        <source>Lectura del medidor</source>
        <translation>Lectura del mesurador</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="232"/>
        <source>Toque aquí y mida con el analizador</source>
        <translation>Toqueu aquí i mesureu amb l&apos;analitzador</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="252"/>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="260"/>
        <source>Notas</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="262"/>
        <source>Lo que observa, lo que cuenta el cliente, lo que le ha aconsejado…</source>
        <translation>El que observeu, el que explica el client, el que li heu aconsellat…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="278"/>
        <source>Añadir del catálogo</source>
        <translation>Afegir del catàleg</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="307"/>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="327"/>
        <source>Próxima cita</source>
        <translation>Propera cita</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="312"/>
        <source>+2 semanas</source>
        <translation>+2 setmanes</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="313"/>
        <source>+1 mes</source>
        <translation>+1 mes</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="314"/>
        <source>+3 meses</source>
        <translation>+3 mesos</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="315"/>
        <source>Otra fecha</source>
        <translation>Una altra data</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="329"/>
        <source>Quitar cita</source>
        <translation>Treure la cita</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="336"/>
        <source>Sin próxima cita</source>
        <translation>Sense propera cita</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="439"/>
        <source>«{name}» ya está en la lista.</source>
        <translation>«{name}» ja és a la llista.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="481"/>
        <source>Leído del medidor: {levels}.</source>
        <translation>Llegit del mesurador: {levels}.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="488"/>
        <source>No se entiende «{text}»: vuelva a medir o escriba los niveles a mano.</source>
        <translation>No s&apos;entén «{text}»: torneu a mesurar o escriviu els nivells a mà.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="567"/>
        <source>del medidor</source>
        <translation>del mesurador</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="569"/>
        <source>a mano</source>
        <translation>a mà</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="614"/>
        <source>Quitar</source>
        <translation>Treure</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="615"/>
        <source>Quitar {name}</source>
        <translation>Treure {name}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="623"/>
        <source>Ninguno todavía: «Añadir del catálogo» para recomendar un producto.</source>
        <translation>Encara cap: «Afegir del catàleg» per recomanar un producte.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="632"/>
        <source>Productos recomendados ({n}/{limit})</source>
        <translation>Productes recomanats ({n}/{limit})</translation>
    </message>
</context>
<context>
    <name>DiagnosticHistory</name>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="111"/>
        <source>Fecha</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="112"/>
        <source>Tienda · asesor/a</source>
        <translation>Botiga · assessor/a</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="113"/>
        <source>Tipo de piel</source>
        <translation>Tipus de pell</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="114"/>
        <source>Sensibilidad</source>
        <translation>Sensibilitat</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="115"/>
        <source>Hidratación</source>
        <translation>Hidratació</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="116"/>
        <source>Grasa</source>
        <translation>Greix</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="117"/>
        <source>Fototipo</source>
        <translation>Fototip</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="118"/>
        <source>Preocupaciones</source>
        <translation>Preocupacions</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="119"/>
        <source>Zonas</source>
        <translation>Zones</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="120"/>
        <source>Productos recomendados</source>
        <translation>Productes recomanats</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="121"/>
        <source>Próxima cita</source>
        <translation>Propera cita</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="122"/>
        <source>Notas</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="143"/>
        <source>Aún no hay diagnósticos de este cliente.</source>
        <translation>Encara no hi ha cap diagnòstic d&apos;aquest client.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="189"/>
        <source>corregido</source>
        <translation>corregit</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="191"/>
        <source>corrección</source>
        <translation>correcció</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="240"/>
        <source>sin medir</source>
        <translation>sense mesurar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="248"/>
        <source>Medido con el analizador</source>
        <translation>Mesurat amb l&apos;analitzador</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="250"/>
        <source>Escrito a mano</source>
        <translation>Escrit a mà</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="254"/>
        <source>Corregir</source>
        <translation>Corregir</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="255"/>
        <source>Registrar una corrección de este diagnóstico</source>
        <translation>Registrar una correcció d&apos;aquest diagnòstic</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../../pos_client/ui/widgets/amount_dialog.py" line="32"/>
        <source>Porcentaje (%)</source>
        <translation>Percentatge (%)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/widgets/amount_dialog.py" line="33"/>
        <source>Importe (€)</source>
        <translation>Import (€)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/widgets/amount_dialog.py" line="39"/>
        <source>0 para quitar el descuento</source>
        <translation>0 = sense descompte</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="70"/>
        <source>Preparando el documento…</source>
        <translation>Preparant el document…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="82"/>
        <source>Imprimir</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="83"/>
        <source>Guardar PDF…</source>
        <translation>Desar PDF…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="84"/>
        <source>Cerrar</source>
        <translation>Tancar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="133"/>
        <source>Guardar PDF</source>
        <translation>Desar PDF</translation>
    </message>
</context>
<context>
    <name>DueListDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="39"/>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="63"/>
        <source>Reposiciones de la semana</source>
        <translation>Reposicions de la setmana</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="41"/>
        <source>Buscando…</source>
        <translation>Cercant…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="45"/>
        <source>Cliente</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="45"/>
        <source>Contacto</source>
        <translation>Contacte</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="45"/>
        <source>Se le acaba</source>
        <translation>Se li acaba</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="45"/>
        <source>Avisar por</source>
        <translation>Avisar per</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="54"/>
        <source>Abrir ficha</source>
        <translation>Obrir fitxa</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="56"/>
        <source>Cerrar</source>
        <translation>Tancar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="75"/>
        <source>%n cliente(s) con algún producto que se acaba en los próximos 7 días, {r} de ellos con permiso para recibir avisos. A los demás, dígaselo cuando vengan.</source>
        <translation>
            <numerusform>%n client amb algun producte que s&apos;acaba en els pròxims 7 dies; {r} amb permís per rebre avisos. Als altres, digueu-los-ho quan vinguin.</numerusform>
            <numerusform>%n clients amb algun producte que s&apos;acaba en els pròxims 7 dies; {r} amb permís per rebre avisos. Als altres, digueu-los-ho quan vinguin.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="82"/>
        <source>A nadie se le acaba nada esta semana.</source>
        <translation>Aquesta setmana no se li acaba res a ningú.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="85"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="85"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="97"/>
        <source>En tienda</source>
        <translation>A la botiga</translation>
    </message>
</context>
<context>
    <name>DuplicateList</name>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/duplicate_list.py" line="29"/>
        <source>Posibles duplicados</source>
        <translation>Possibles duplicats</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/duplicate_list.py" line="60"/>
        <source>Ningún cliente conocido coincide por ahora. Se comprueba el DNI/NIE, el teléfono, el e-mail, y el nombre con la fecha de nacimiento.</source>
        <translation>Cap client conegut no coincideix de moment. Es comprova el DNI/NIE, el telèfon, l&apos;e-mail, i el nom amb la data de naixement.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/duplicate_list.py" line="67"/>
        <source>Puede que ya sea cliente: compruébelo con él o ella y, si es la misma persona, abra su ficha en lugar de crear otra.</source>
        <translation>Potser ja és client: comproveu-ho amb ell o ella i, si és la mateixa persona, obriu-ne la fitxa en lloc de crear-ne una altra.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/duplicate_list.py" line="78"/>
        <source>Socio/a del club</source>
        <translation>Soci/a del club</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/duplicate_list.py" line="78"/>
        <source>No es socio/a</source>
        <translation>No és soci/a</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/duplicate_list.py" line="81"/>
        <source>Tarjeta {n}</source>
        <translation>Targeta {n}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/duplicate_list.py" line="83"/>
        <source>Tel. {p}</source>
        <translation>Tel. {p}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/duplicate_list.py" line="88"/>
        <source>Coincide: {why}</source>
        <translation>Coincideix: {why}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/duplicate_list.py" line="92"/>
        <source>Abrir ficha</source>
        <translation>Obrir fitxa</translation>
    </message>
</context>
<context>
    <name>EnrolmentLabels</name>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="12"/>
        <source>Condiciones del club</source>
        <translation>Condicions del club</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="13"/>
        <source>Ofertas por e-mail</source>
        <translation>Ofertes per e-mail</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="14"/>
        <source>Ofertas por SMS</source>
        <translation>Ofertes per SMS</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="15"/>
        <source>Ofertas personalizadas (perfil)</source>
        <translation>Ofertes personalitzades (perfil)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="16"/>
        <source>Datos de piel y hábitos</source>
        <translation>Dades de pell i hàbits</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="19"/>
        <source>Club</source>
        <translation>Club</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="20"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="21"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="22"/>
        <source>Perfil</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="23"/>
        <source>Piel</source>
        <translation>Pell</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="26"/>
        <source>mismo DNI/NIE</source>
        <translation>mateix DNI/NIE</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="27"/>
        <source>mismo teléfono</source>
        <translation>mateix telèfon</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="28"/>
        <source>mismo e-mail</source>
        <translation>mateix e-mail</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="29"/>
        <source>nombre parecido y misma fecha de nacimiento</source>
        <translation>nom semblant i mateixa data de naixement</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="34"/>
        <source>Mujer</source>
        <translation>Dona</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="35"/>
        <source>Hombre</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="36"/>
        <source>No binario</source>
        <translation>No binari</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="42"/>
        <source>Alta</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="43"/>
        <source>Cambio</source>
        <translation>Canvi</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="23"/>
        <source>El código {code} no es válido (dígito de control incorrecto). Vuelva a escanearlo.</source>
        <translation>El codi {code} no és vàlid (dígit de control incorrecte). Torni a escanejar-lo.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="27"/>
        <source>No hay ningún producto con el código {code}.</source>
        <translation>No hi ha cap producte amb el codi {code}.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="28"/>
        <source>«{name}» ({code}) está dado de baja y no se puede vender.</source>
        <translation>«{name}» ({code}) està donat de baixa i no es pot vendre.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="31"/>
        <source>La cantidad debe ser un número entero entre 1 y 999.</source>
        <translation>La quantitat ha de ser un nombre enter entre 1 i 999.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="34"/>
        <source>«{text}» no es un importe válido.</source>
        <translation>«{text}» no és un import vàlid.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="35"/>
        <source>Su perfil permite descuentos de hasta el {limit} %. Pida a un encargado.</source>
        <translation>El seu perfil permet descomptes de fins al {limit} %. Demani-ho a un encarregat.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="38"/>
        <source>No hay ningún producto en el ticket.</source>
        <translation>No hi ha cap producte al tiquet.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="39"/>
        <source>Faltan {missing} por cobrar.</source>
        <translation>Falten {missing} per cobrar.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="40"/>
        <source>Código o PIN incorrecto.</source>
        <translation>Codi o PIN incorrecte.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="41"/>
        <source>Demasiados intentos. Código bloqueado {minutes} min.</source>
        <translation>Massa intents. Codi bloquejat {minutes} min.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="44"/>
        <source>Esta tableta lleva más de {days} días sin conectar con la central: conéctela a la red y sincronice para iniciar sesión.</source>
        <translation>Aquesta tauleta fa més de {days} dies que no connecta amb la central: connecteu-la a la xarxa i sincronitzeu per iniciar la sessió.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="49"/>
        <source>Su perfil no permite esta operación.</source>
        <translation>El seu perfil no permet aquesta operació.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="50"/>
        <source>No se encuentra el ticket {number}.</source>
        <translation>No es troba el tiquet {number}.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="51"/>
        <source>Solo quedan {left} unidades de «{name}» por devolver.</source>
        <translation>Només queden {left} unitats de «{name}» per retornar.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="54"/>
        <source>Cliente no encontrado en esta tienda.</source>
        <translation>No s&apos;ha trobat el client en aquesta botiga.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="55"/>
        <source>«{text}» no es un DNI ni un NIE: un DNI son 8 cifras y una letra; un NIE, X, Y o Z, 7 cifras y una letra.</source>
        <translation>«{text}» no és un DNI ni un NIE: un DNI són 8 xifres i una lletra; un NIE, X, Y o Z, 7 xifres i una lletra.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="60"/>
        <source>La letra de «{text}» no corresponde a sus cifras: debería ser {expected}.</source>
        <translation>La lletra de «{text}» no correspon a les xifres: hauria de ser {expected}.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="63"/>
        <source>«{text}» no es un teléfono válido: 9 cifras, o + y el prefijo del país si es extranjero.</source>
        <translation>«{text}» no és un telèfon vàlid: 9 xifres, o + i el prefix del país si és estranger.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="105"/>
        <source>Menor de {age} años: el alta necesita el consentimiento de su madre, padre o tutor.</source>
        <translation>Menor de {age} anys: l&apos;alta necessita el consentiment de la mare, el pare o el tutor.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="67"/>
        <source>«{text}» no es un e-mail válido.</source>
        <translation>«{text}» no és un correu electrònic vàlid.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="68"/>
        <source>Un e-mail lleva una arroba (@), y solo una: nombre@dominio.es.</source>
        <translation>Un e-mail porta una arrova (@), i només una: nom@domini.cat.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="71"/>
        <source>Un e-mail no puede llevar espacios.</source>
        <translation>Un e-mail no pot portar espais.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="72"/>
        <source>Falta el nombre antes de la arroba: nombre@dominio.es.</source>
        <translation>Falta el nom abans de l&apos;arrova: nom@domini.cat.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="75"/>
        <source>Después de la arroba falta el dominio con su punto, como en @gmail.com.</source>
        <translation>Després de l&apos;arrova falta el domini amb el seu punt, com a @gmail.com.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="78"/>
        <source>Un e-mail no puede llevar dos puntos seguidos (..).</source>
        <translation>Un e-mail no pot portar dos punts seguits (..).</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="81"/>
        <source>Este dato es obligatorio.</source>
        <translation>Aquesta dada és obligatòria.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="82"/>
        <source>Demasiado largo: tiene {length} caracteres y caben {limit}.</source>
        <translation>Massa llarg: té {length} caràcters i n&apos;hi caben {limit}.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="85"/>
        <source>«{char}» no puede ir en un nombre: solo letras, espacios, guiones, apóstrofos y puntos.</source>
        <translation>«{char}» no pot anar en un nom: només lletres, espais, guions, apòstrofs i punts.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="89"/>
        <source>Un nombre tiene que llevar letras.</source>
        <translation>Un nom ha de portar lletres.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="90"/>
        <source>«{text}» no es un código postal español: son 5 cifras, de 01000 a 52999.</source>
        <translation>«{text}» no és un codi postal espanyol: són 5 xifres, de 01000 a 52999.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="93"/>
        <source>Escriba la fecha como día/mes/año, por ejemplo 14/03/1991.</source>
        <translation>Escriviu la data com a dia/mes/any, per exemple 14/03/1991.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="96"/>
        <source>La fecha {text} no existe: revise el día y el mes.</source>
        <translation>La data {text} no existeix: reviseu el dia i el mes.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="99"/>
        <source>La fecha de nacimiento no puede ser posterior a hoy.</source>
        <translation>La data de naixement no pot ser posterior a avui.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="102"/>
        <source>Son más de {years} años: revise el año de nacimiento.</source>
        <translation>Són més de {years} anys: reviseu l&apos;any de naixement.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="109"/>
        <source>Indique un teléfono o un e-mail: al menos uno de los dos.</source>
        <translation>Indiqueu un telèfon o un e-mail: almenys un dels dos.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="112"/>
        <source>Elija una de las opciones de la lista.</source>
        <translation>Trieu una de les opcions de la llista.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="113"/>
        <source>Para ser socio/a del club hay que aceptar sus condiciones.</source>
        <translation>Per ser soci/a del club cal acceptar-ne les condicions.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="116"/>
        <source>La firma es demasiado corta o pequeña. Borre y pida al cliente que firme de nuevo, a lo ancho del recuadro.</source>
        <translation>La signatura és massa curta o petita. Esborreu i demaneu al client que torni a signar, d&apos;amplada a amplada del requadre.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="121"/>
        <source>No ha cambiado ninguna elección.</source>
        <translation>No ha canviat cap elecció.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="122"/>
        <source>Esta tableta aún no puede emitir tarjetas de socio: debe sincronizar una vez con la central. Sincronice, o descarte el alta para cobrar la venta sin ella.</source>
        <translation>Aquesta tauleta encara no pot emetre targetes de soci: ha de sincronitzar un cop amb la central. Sincronitzeu, o descarteu l&apos;alta per cobrar la venda sense ella.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="127"/>
        <source>Esta tableta ha emitido todas sus tarjetas de socio: avise a la central. Descarte el alta para cobrar la venta sin ella.</source>
        <translation>Aquesta tauleta ha emès totes les seves targetes de soci: aviseu la central. Descarteu l&apos;alta per cobrar la venda sense ella.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="132"/>
        <source>Este cliente ya es socio/a del club.</source>
        <translation>Aquest client ja és soci/a del club.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="133"/>
        <source>Este cliente no tiene e-mail. Añada su e-mail en sus datos de cliente y vuelva a enviarlo, o imprima el documento.</source>
        <translation>Aquest client no té e-mail. Afegiu el seu e-mail a les seves dades de client i torneu-lo a enviar, o imprimiu el document.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="139"/>
        <source>Este cliente no ha dado su consentimiento para guardar datos de piel y hábitos, o lo ha retirado. Sin él no se guarda el diagnóstico.</source>
        <translation>Aquest client no ha donat el consentiment per desar dades de pell i hàbits, o l&apos;ha retirat. Sense aquest consentiment, el diagnòstic no es desa.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="144"/>
        <source>«{value}» no vale: el nivel va de 0 a 100.</source>
        <translation>«{value}» no és vàlid: el nivell va de 0 a 100.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="145"/>
        <source>Escriba un número de 0 a 100, o déjelo en blanco si no se ha medido.</source>
        <translation>Escriviu un número de 0 a 100, o deixeu-lo en blanc si no s&apos;ha mesurat.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="148"/>
        <source>Las notas tienen {length} caracteres y caben {limit}: acórtelas.</source>
        <translation>Les notes tenen {length} caràcters i n&apos;hi caben {limit}: escurceu-les.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="151"/>
        <source>La próxima cita ya ha pasado: elija una fecha y hora posteriores a ahora.</source>
        <translation>La propera cita ja ha passat: trieu una data i una hora posteriors a ara.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="154"/>
        <source>La próxima cita es a más de un año vista: elija una fecha más cercana.</source>
        <translation>La propera cita és d&apos;aquí a més d&apos;un any: trieu una data més propera.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="157"/>
        <source>Elija el tipo de piel: es lo mínimo que recoge un diagnóstico.</source>
        <translation>Trieu el tipus de pell: és el mínim que recull un diagnòstic.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="160"/>
        <source>Se pueden recomendar {limit} productos como mucho: quite alguno antes.</source>
        <translation>Es poden recomanar {limit} productes com a màxim: traieu-ne algun abans.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="164"/>
        <source>Los datos de esta tienda no se pueden leer con la clave de esta instalación: se crearon en otra instalación, o la clave se ha perdido.

Llame a soporte. No borre la carpeta de datos ({folder}): las ventas que aún no se han sincronizado solo están ahí.</source>
        <translation>Les dades d&apos;aquesta botiga no es poden llegir amb la clau d&apos;aquesta instal·lació: es van crear en una altra instal·lació, o la clau s&apos;ha perdut.

Truqueu al suport tècnic. No esborreu la carpeta de dades ({folder}): les vendes que encara no s&apos;han sincronitzat només són allà.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="171"/>
        <source>No se puede leer la clave que protege los datos de la tienda.

Desbloquee el llavero del sistema (cierre la sesión del equipo y vuelva a entrar) o compruebe que la carpeta de la clave está en su sitio y se puede leer; después, vuelva a abrir la aplicación. Si sigue igual, llame a soporte. No borre la carpeta de datos.</source>
        <translation>No es pot llegir la clau que protegeix les dades de la botiga.

Desbloquegeu el clauer del sistema (tanqueu la sessió de l&apos;equip i torneu a entrar) o comproveu que la carpeta de la clau és al seu lloc i es pot llegir; després, torneu a obrir l&apos;aplicació. Si continua igual, truqueu al suport tècnic. No esborreu la carpeta de dades.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="179"/>
        <source>Los datos de la tienda están abiertos en otro programa, seguramente otra copia de esta aplicación.

Cierre la otra copia y vuelva a abrir la aplicación.</source>
        <translation>Les dades de la botiga estan obertes en un altre programa, segurament una altra còpia d&apos;aquesta aplicació.

Tanqueu l&apos;altra còpia i torneu a obrir l&apos;aplicació.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="185"/>
        <source>Algo ha fallado. No se ha guardado nada a medias; vuelva a intentarlo.</source>
        <translation>Alguna cosa ha fallat. No s&apos;ha desat res a mitges; torni-ho a provar.</translation>
    </message>
</context>
<context>
    <name>FiguresDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="137"/>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="138"/>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="435"/>
        <source>Cifras de la tienda</source>
        <translation>Xifres de la botiga</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="150"/>
        <source>Hoy</source>
        <translation>Avui</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="151"/>
        <source>Esta semana</source>
        <translation>Aquesta setmana</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="152"/>
        <source>Este mes</source>
        <translation>Aquest mes</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="153"/>
        <source>Últimos 30 días</source>
        <translation>Últims 30 dies</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="154"/>
        <source>Este año</source>
        <translation>Aquest any</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="157"/>
        <source>Desde</source>
        <translation>Des de</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="159"/>
        <source>Hasta</source>
        <translation>Fins a</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="169"/>
        <source>Exportar PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="175"/>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="206"/>
        <source>Ventas</source>
        <translation>Vendes</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="176"/>
        <source>Ventas con campaña</source>
        <translation>Vendes amb campanya</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="177"/>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="198"/>
        <source>Puntos otorgados</source>
        <translation>Punts atorgats</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="178"/>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="199"/>
        <source>Puntos canjeados</source>
        <translation>Punts bescanviats</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="179"/>
        <source>Altas hoy</source>
        <translation>Altes avui</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="180"/>
        <source>Altas esta semana</source>
        <translation>Altes aquesta setmana</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="181"/>
        <source>Altas este mes</source>
        <translation>Altes aquest mes</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="182"/>
        <source>Incidencias abiertas</source>
        <translation>Incidències obertes</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="192"/>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="326"/>
        <source>Día</source>
        <translation>Dia</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="193"/>
        <source>Altas</source>
        <translation>Altes</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="194"/>
        <source>Tickets</source>
        <translation>Tiquets</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="195"/>
        <source>Importe</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="196"/>
        <source>Con campaña</source>
        <translation>Amb campanya</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="197"/>
        <source>% campaña</source>
        <translation>% campanya</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="203"/>
        <source>Regalo</source>
        <translation>Regal</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="203"/>
        <source>Puntos</source>
        <translation>Punts</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="203"/>
        <source>En stock</source>
        <translation>En estoc</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="206"/>
        <source>Campaña</source>
        <translation>Campanya</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="206"/>
        <source>Respuestas</source>
        <translation>Respostes</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="208"/>
        <source>Categoría</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="208"/>
        <source>Abiertas</source>
        <translation>Obertes</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="210"/>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="319"/>
        <source>Ventas por día</source>
        <translation>Vendes per dia</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="211"/>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="322"/>
        <source>Cifras por día</source>
        <translation>Xifres per dia</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="212"/>
        <source>Regalos en stock</source>
        <translation>Regals en estoc</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="213"/>
        <source>Campañas</source>
        <translation>Campanyes</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="214"/>
        <source>Incidencias</source>
        <translation>Incidències</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="217"/>
        <source>Cerrar</source>
        <translation>Tancar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="295"/>
        <source>La fecha «Hasta» es anterior a «Desde»: cámbiela.</source>
        <translation>La data «Fins a» és anterior a «Des de»: canvieu-la.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="297"/>
        <source>Se pueden ver {limit} días como mucho: acorte las fechas.</source>
        <translation>Es poden veure {limit} dies com a màxim: escurceu les dates.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="319"/>
        <source>Ventas por semana</source>
        <translation>Vendes per setmana</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="322"/>
        <source>Cifras por semana</source>
        <translation>Xifres per setmana</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="326"/>
        <source>Semana</source>
        <translation>Setmana</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="332"/>
        <source>Del {first} al {last} ({days} días).</source>
        <translation>Del {first} al {last} ({days} dies).</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="337"/>
        <source>Cifras de esta tableta: aún no ha sincronizado con la central, cuyas cifras pueden ser mayores.</source>
        <translation>Xifres d&apos;aquesta tauleta: encara no ha sincronitzat amb la central, que pot tenir xifres més altes.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="343"/>
        <source>Cifras de esta tableta y lo sincronizado hasta el {date} a las {time}: las de la central pueden ser mayores.</source>
        <translation>Xifres d&apos;aquesta tauleta i del que s&apos;ha sincronitzat fins al {date} a les {time}: les de la central poden ser més altes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="352"/>
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln tiquet</numerusform>
            <numerusform>%Ln tiquets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="367"/>
        <source>lu</source>
        <translation>dl</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="367"/>
        <source>ma</source>
        <translation>dt</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="367"/>
        <source>mi</source>
        <translation>dc</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="367"/>
        <source>ju</source>
        <translation>dj</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="368"/>
        <source>vi</source>
        <translation>dv</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="368"/>
        <source>sá</source>
        <translation>ds</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="368"/>
        <source>do</source>
        <translation>dg</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="390"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="406"/>
        <source>Agotado</source>
        <translation>Exhaurit</translation>
    </message>
</context>
<context>
    <name>GiftTexts</name>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="75"/>
        <source>%Ln punto(s)</source>
        <translation>
            <numerusform>%Ln punt</numerusform>
            <numerusform>%Ln punts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="79"/>
        <source>Queda(n) %Ln</source>
        <translation>
            <numerusform>En queda %Ln</numerusform>
            <numerusform>En queden %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="82"/>
        <source>Agotado</source>
        <translation>Exhaurit</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="86"/>
        <source>Faltan {points}</source>
        <translation>Falten {points}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="95"/>
        <source>Faltan {missing}: tiene {balance} y el regalo cuesta {asked}.</source>
        <translation>Falten {missing}: té {balance} i el regal costa {asked}.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="102"/>
        <source>Su saldo está en negativo ({balance}): no puede canjear regalos hasta que se regularice.</source>
        <translation>El seu saldo és negatiu ({balance}): no pot bescanviar regals fins que es regularitzi.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="106"/>
        <source>Este regalo está agotado en la tienda.</source>
        <translation>Aquest regal està exhaurit a la botiga.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="109"/>
        <source>Este canje no se puede anular: no consta como entregado.</source>
        <translation>Aquest bescanvi no es pot anul·lar: no consta com a lliurat.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="110"/>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="136"/>
        <source>Este regalo ya no se ofrece.</source>
        <translation>Aquest regal ja no s&apos;ofereix.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="114"/>
        <source>{name} no es encargado/a: la aprobación necesita el código y el PIN de un encargado.</source>
        <translation>{name} no és encarregat/ada: l&apos;aprovació necessita el codi i el PIN d&apos;un encarregat.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="117"/>
        <source>Hace falta la aprobación de un encargado, con el motivo.</source>
        <translation>Cal l&apos;aprovació d&apos;un encarregat, amb el motiu.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="119"/>
        <source>Este canje ya estaba anulado.</source>
        <translation>Aquest bescanvi ja estava anul·lat.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="123"/>
        <source>No se puede entregar sin conexión.</source>
        <translation>No es pot lliurar sense connexió.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="130"/>
        <source>No tiene puntos suficientes. Saldo en la central: {balance}.</source>
        <translation>No té prou punts. Saldo a la central: {balance}.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="134"/>
        <source>A esta tienda no le queda ninguno de este regalo.</source>
        <translation>A aquesta botiga no li&apos;n queda cap, d&apos;aquest regal.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="138"/>
        <source>Su saldo en la central está en negativo ({balance}).</source>
        <translation>El seu saldo a la central és negatiu ({balance}).</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="143"/>
        <source>El regalo ha cambiado de precio: vuelva a intentarlo después de sincronizar.</source>
        <translation>El regal ha canviat de preu: torneu-ho a provar després de sincronitzar.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="146"/>
        <source>Motivo: {reason}.</source>
        <translation>Motiu: {reason}.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="147"/>
        <source>La central no acepta el canje. {why} No se ha canjeado nada.</source>
        <translation>La central no accepta el bescanvi. {why} No s&apos;ha bescanviat res.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="153"/>
        <source>No tiene puntos suficientes según el saldo que conoce esta tableta.</source>
        <translation>No té prou punts segons el saldo que coneix aquesta tauleta.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="156"/>
        <source>Se ha buscado al cliente por su nombre: sin conexión, identifíquelo con la tarjeta o el documento (DNI/NIE) para gastar el saldo correcto.</source>
        <translation>S&apos;ha cercat el client pel nom: sense connexió, identifiqueu-lo amb la targeta o el document (DNI/NIE) per gastar el saldo correcte.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="160"/>
        <source>Tiene un descubierto de puntos pendiente de revisar: no puede canjear sin conexión.</source>
        <translation>Té un descobert de punts pendent de revisar: no pot bescanviar sense connexió.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="166"/>
        <source>Supera el máximo por canje sin conexión.</source>
        <translation>Supera el màxim per bescanvi sense connexió.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="167"/>
        <source>Supera el máximo por canje sin conexión: {cap}.</source>
        <translation>Supera el màxim per bescanvi sense connexió: {cap}.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="172"/>
        <source>Supera lo que un cliente puede canjear sin conexión.</source>
        <translation>Supera el que un client pot bescanviar sense connexió.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="174"/>
        <source>Supera lo que un cliente puede canjear sin conexión: {cap} en total.</source>
        <translation>Supera el que un client pot bescanviar sense connexió: {cap} en total.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="178"/>
        <source>Supera lo que esta tableta puede entregar sin conexión.</source>
        <translation>Supera el que aquesta tauleta pot lliurar sense connexió.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="180"/>
        <source>Supera lo que esta tableta puede entregar sin conexión: {cap} en total.</source>
        <translation>Supera el que aquesta tauleta pot lliurar sense connexió: {cap} en total.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="183"/>
        <source>La central no ha confirmado el saldo hace poco.</source>
        <translation>La central no ha confirmat el saldo fa poc.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="184"/>
        <source>La central no ha confirmado el saldo en {age}.</source>
        <translation>La central no ha confirmat el saldo en {age}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="191"/>
        <source>los últimos %n día(s)</source>
        <translation>
            <numerusform>l&apos;últim dia</numerusform>
            <numerusform>els últims %n dies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="192"/>
        <source>las últimas %n hora(s)</source>
        <translation>
            <numerusform>l&apos;última hora</numerusform>
            <numerusform>les últimes %n hores</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="196"/>
        <source>Anulación de canje {ref}</source>
        <translation>Anul·lació del bescanvi {ref}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="197"/>
        <source>Canje {ref}</source>
        <translation>Bescanvi {ref}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="201"/>
        <source>Anulado</source>
        <translation>Anul·lat</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="203"/>
        <source>Confirmado</source>
        <translation>Confirmat</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="204"/>
        <source>Sin conexión: por confirmar</source>
        <translation>Sense connexió: per confirmar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="205"/>
        <source>No entregado: se consulta a la central</source>
        <translation>No lliurat: es consulta a la central</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="206"/>
        <source>Consultando a la central</source>
        <translation>Consultant la central</translation>
    </message>
</context>
<context>
    <name>HabitsEditor</name>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="119"/>
        <source>Paso de la rutina</source>
        <translation>Pas de la rutina</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="120"/>
        <source>Producto o marca</source>
        <translation>Producte o marca</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="122"/>
        <source>Frecuencia</source>
        <translation>Freqüència</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="123"/>
        <source>Desde (MM/AAAA)</source>
        <translation>Des de (MM/AAAA)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="148"/>
        <source>Prefiere productos</source>
        <translation>Prefereix productes</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="149"/>
        <source>Precio habitual</source>
        <translation>Preu habitual</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="180"/>
        <source>Producto o marca que usa</source>
        <translation>Producte o marca que fa servir</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="181"/>
        <source>Catálogo</source>
        <translation>Catàleg</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="182"/>
        <source>Elegir del catálogo: {step}</source>
        <translation>Triar del catàleg: {step}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="185"/>
        <source>Frecuencia: {step}</source>
        <translation>Freqüència: {step}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="194"/>
        <source>Desde: {step}</source>
        <translation>Des de: {step}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="195"/>
        <source>MM/AAAA</source>
        <translation>MM/AAAA</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="307"/>
        <source>Escriba el producto o la marca que usa.</source>
        <translation>Escriviu el producte o la marca que fa servir.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="310"/>
        <source>Demasiado largo: caben {limit} caracteres.</source>
        <translation>Massa llarg: hi caben {limit} caràcters.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="324"/>
        <source>Revise el producto o la marca de este paso.</source>
        <translation>Reviseu el producte o la marca d&apos;aquest pas.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="334"/>
        <source>Escriba el mes y el año así: 03/2025.</source>
        <translation>Escriviu el mes i l&apos;any així: 03/2025.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="337"/>
        <source>«{text}» no es un mes que exista.</source>
        <translation>«{text}» no és un mes que existeixi.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="341"/>
        <source>Ese mes aún no ha llegado.</source>
        <translation>Aquest mes encara no ha arribat.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="379"/>
        <source>cambiado ahora, sin guardar</source>
        <translation>canviat ara, sense desar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="397"/>
        <source>cambiado el {day}</source>
        <translation>canviat el {day}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="28"/>
        <source>Historial de tickets</source>
        <translation>Historial de tiquets</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="33"/>
        <source>Ticket</source>
        <translation>Tiquet</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="33"/>
        <source>Fecha</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="33"/>
        <source>Cliente</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="33"/>
        <source>Importe</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="40"/>
        <source>Reimprimir</source>
        <translation>Reimprimir</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="42"/>
        <source>Cerrar</source>
        <translation>Tancar</translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="95"/>
        <source>Tarjeta, teléfono, DNI/NIE, e-mail o nombre (F2)</source>
        <translation>Targeta, telèfon, DNI/NIE, correu o nom (F2)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="118"/>
        <source>Fecha</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="118"/>
        <source>Importe</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="118"/>
        <source>Puntos</source>
        <translation>Punts</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="118"/>
        <source>Compra</source>
        <translation>Compra</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="124"/>
        <source>Nuevo cliente (F4)</source>
        <translation>Client nou (F4)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="126"/>
        <source>Registrar a un cliente nuevo y darle de alta en el club</source>
        <translation>Registrar un client nou i donar-lo d&apos;alta al club</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="129"/>
        <source>Consentimientos</source>
        <translation>Consentiments</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="133"/>
        <source>Imprimir tarjeta</source>
        <translation>Imprimir targeta</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="138"/>
        <source>Enviar por e-mail</source>
        <translation>Enviar per e-mail</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="140"/>
        <source>Enviar la tarjeta de socio a su e-mail</source>
        <translation>Enviar la targeta de soci al seu e-mail</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="144"/>
        <source>Hacerse socio/a</source>
        <translation>Fer-se soci/a</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="146"/>
        <source>Dar de alta en el club a este cliente, con la compra de esta visita</source>
        <translation>Donar d&apos;alta al club aquest client, amb la compra d&apos;aquesta visita</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="151"/>
        <source>Quitar cliente</source>
        <translation>Treure client</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="153"/>
        <source>Asesoramiento (F6)</source>
        <translation>Assessorament (F6)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="155"/>
        <source>Diagnóstico de piel, hábitos, consejos e informe (asesoras de belleza)</source>
        <translation>Diagnòstic de pell, hàbits, consells i informe (assessores de bellesa)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="160"/>
        <source>Incidencia</source>
        <translation>Incidència</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="162"/>
        <source>Abrir una incidencia: un producto defectuoso, una reacción, una queja…</source>
        <translation>Obrir una incidència: un producte defectuós, una reacció, una queixa…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="167"/>
        <source>Regalos (F10)</source>
        <translation>Regals (F10)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="168"/>
        <source>Canjear puntos por regalos</source>
        <translation>Bescanviar punts per regals</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="174"/>
        <source>Ver todas</source>
        <translation>Veure-les totes</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="175"/>
        <source>Las incidencias abiertas de la tienda</source>
        <translation>Les incidències obertes de la botiga</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="214"/>
        <source>Últimas compras</source>
        <translation>Últimes compres</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="224"/>
        <source>Descartar alta</source>
        <translation>Descartar l&apos;alta</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="227"/>
        <source>Alta en el club</source>
        <translation>Alta al club</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="237"/>
        <source>Cliente</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="255"/>
        <source>Se le acabó {name} ({d})</source>
        <translation>Se li va acabar {name} ({d})</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="257"/>
        <source>Se le acaba {name} ({d})</source>
        <translation>Se li acaba {name} ({d})</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="264"/>
        <source>Añadir</source>
        <translation>Afegir</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="265"/>
        <source>Añadir a la venta</source>
        <translation>Afegir a la venda</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="295"/>
        <source>y otra incidencia más</source>
        <translation>i una incidència més</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="297"/>
        <source>y {n} incidencias más</source>
        <translation>i {n} incidències més</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="323"/>
        <source>hasta el {d}</source>
        <translation>fins al {d}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="325"/>
        <source>del {a} al {b}</source>
        <translation>del {a} al {b}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="330"/>
        <source>&lt;b&gt;Campaña {name}&lt;/b&gt; · {when}</source>
        <translation>&lt;b&gt;Campanya {name}&lt;/b&gt; · {when}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="337"/>
        <source>Incidencia &lt;b&gt;{ref}&lt;/b&gt; · {status} · {day}</source>
        <translation>Incidència &lt;b&gt;{ref}&lt;/b&gt; · {status} · {day}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="343"/>
        <source>Central: «{text}»</source>
        <translation>Central: «{text}»</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="345"/>
        <source>Sin respuesta de la central todavía</source>
        <translation>Encara sense resposta de la central</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="379"/>
        <source>socia</source>
        <translation>sòcia</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="379"/>
        <source>no socia</source>
        <translation>no sòcia</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="384"/>
        <source>Ningún cliente encontrado.</source>
        <translation>No s&apos;ha trobat cap client.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="454"/>
        <source>Nuevo socio/a: {name}</source>
        <translation>Nou soci/a: {name}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="461"/>
        <source>Se dará de alta al cobrar esta venta, y sus puntos serán suyos.</source>
        <translation>Es donarà d&apos;alta en cobrar aquesta venda, i els punts seran seus.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="463"/>
        <source>Ha aceptado: {what}</source>
        <translation>Ha acceptat: {what}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="464"/>
        <source>Si la venta no se cobra, no se guarda nada.</source>
        <translation>Si la venda no es cobra, no es desa res.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="488"/>
        <source>Socia del club</source>
        <translation>Sòcia del club</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="488"/>
        <source>No socia</source>
        <translation>No sòcia</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="493"/>
        <source>%n punto(s)</source>
        <translation>
            <numerusform>%n punt</numerusform>
            <numerusform>%n punts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="496"/>
        <source>Tarjeta {n}</source>
        <translation>Targeta {n}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="503"/>
        <source>Socia desde {d}</source>
        <translation>Sòcia des del {d}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="507"/>
        <source>Cumpleaños el {d}</source>
        <translation>Aniversari el {d}</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="80"/>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="85"/>
        <source>Nueva incidencia</source>
        <translation>Nova incidència</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="83"/>
        <source>Nueva incidencia de {name}</source>
        <translation>Nova incidència de {name}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="145"/>
        <source>Cancelar</source>
        <translation>Cancel·lar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="148"/>
        <source>Abrir incidencia</source>
        <translation>Obrir la incidència</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="183"/>
        <source>Tipo de incidencia</source>
        <translation>Tipus d&apos;incidència</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="193"/>
        <source>Prioridad</source>
        <translation>Prioritat</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="209"/>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="215"/>
        <source>Qué ha pasado</source>
        <translation>Què ha passat</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="217"/>
        <source>Qué le ha pasado al cliente, con qué producto, desde cuándo, qué pide…</source>
        <translation>Què li ha passat al client, amb quin producte, des de quan, què demana…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="231"/>
        <source>Referencia de la incidencia, para el cliente:</source>
        <translation>Referència de la incidència, per al client:</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="238"/>
        <source>Dé esta referencia al cliente (puede anotarla en su ticket). La central de atención al cliente estudiará la incidencia y responderá: su respuesta aparecerá en la ficha del cliente, aquí o en cualquier tienda.</source>
        <translation>Doneu aquesta referència al client (podeu anotar-la al seu tiquet). L&apos;atenció al client de la central estudiarà la incidència i respondrà: la resposta apareixerà a la fitxa del client, aquí o a qualsevol botiga.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="245"/>
        <source>Cerrar</source>
        <translation>Tancar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="271"/>
        <source>Una reacción alérgica nunca tiene prioridad baja: la central la atiende antes que las demás.</source>
        <translation>Una reacció al·lèrgica mai no té prioritat baixa: la central l&apos;atén abans que les altres.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="313"/>
        <source>Cuente qué ha pasado: la central lo necesita para atender al cliente.</source>
        <translation>Expliqueu què ha passat: la central ho necessita per atendre el client.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="316"/>
        <source>Cuente algo más: lleva {length} caracteres y hacen falta al menos {limit}.</source>
        <translation>Expliqueu-ne una mica més: té {length} caràcters i en calen almenys {limit}.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="320"/>
        <source>Demasiado larga: lleva {length} caracteres y caben {limit}. Resúmala.</source>
        <translation>Massa llarga: té {length} caràcters i n&apos;hi caben {limit}. Resumiu-la.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="324"/>
        <source>Hay un carácter que no se puede enviar en la posición {n}: bórrelo.</source>
        <translation>Hi ha un caràcter que no es pot enviar a la posició {n}: esborreu-lo.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="327"/>
        <source>Una reacción alérgica no puede tener prioridad baja.</source>
        <translation>Una reacció al·lèrgica no pot tenir prioritat baixa.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="337"/>
        <source>Elija el tipo de incidencia.</source>
        <translation>Trieu el tipus d&apos;incidència.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="346"/>
        <source>Revise la descripción.</source>
        <translation>Reviseu la descripció.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="374"/>
        <source>prioridad {p}</source>
        <translation>prioritat {p}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="379"/>
        <source>ticket {n}</source>
        <translation>tiquet {n}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="381"/>
        <source>con foto</source>
        <translation>amb foto</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="383"/>
        <source>Incidencia abierta</source>
        <translation>Incidència oberta</translation>
    </message>
</context>
<context>
    <name>IncidentLabels</name>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="13"/>
        <source>Defecto de producto</source>
        <translation>Defecte de producte</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="14"/>
        <source>Reacción alérgica</source>
        <translation>Reacció al·lèrgica</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="15"/>
        <source>Queja de atención</source>
        <translation>Queixa d&apos;atenció</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="16"/>
        <source>Solicitud</source>
        <translation>Sol·licitud</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="17"/>
        <source>Otra</source>
        <translation>Altres</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="20"/>
        <source>Baja</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="21"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="22"/>
        <source>Alta</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="23"/>
        <source>Urgente</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="26"/>
        <source>Abierta, sin asignar</source>
        <translation>Oberta, sense assignar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="27"/>
        <source>En curso</source>
        <translation>En curs</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="28"/>
        <source>Espera respuesta de la tienda</source>
        <translation>Espera resposta de la botiga</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="29"/>
        <source>Espera respuesta del cliente</source>
        <translation>Espera resposta del client</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="30"/>
        <source>Resuelta</source>
        <translation>Resolta</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="31"/>
        <source>Cerrada</source>
        <translation>Tancada</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="32"/>
        <source>Rechazada</source>
        <translation>Rebutjada</translation>
    </message>
</context>
<context>
    <name>IncidentListDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="49"/>
        <source>Incidencias de la tienda</source>
        <translation>Incidències de la botiga</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="50"/>
        <source>Buscando…</source>
        <translation>Cercant…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="55"/>
        <source>Referencia</source>
        <translation>Referència</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="56"/>
        <source>Cliente</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="57"/>
        <source>Estado</source>
        <translation>Estat</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="58"/>
        <source>Última respuesta de la central</source>
        <translation>Última resposta de la central</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="59"/>
        <source>Actualizada</source>
        <translation>Actualitzada</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="74"/>
        <source>Nota para la central sobre esta incidencia</source>
        <translation>Nota per a la central sobre aquesta incidència</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="76"/>
        <source>Enviar nota</source>
        <translation>Enviar la nota</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="82"/>
        <source>Nueva incidencia</source>
        <translation>Nova incidència</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="84"/>
        <source>Abrir ficha</source>
        <translation>Obrir la fitxa</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="86"/>
        <source>Cerrar</source>
        <translation>Tancar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="94"/>
        <source>Incidencias abiertas</source>
        <translation>Incidències obertes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="112"/>
        <source>%n incidencia(s) abierta(s).</source>
        <translation>
            <numerusform>Una incidència oberta.</numerusform>
            <numerusform>%n incidències obertes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="114"/>
        <source>%n espera(n) respuesta de la tienda.</source>
        <translation>
            <numerusform>Una espera resposta de la botiga.</numerusform>
            <numerusform>%n esperen resposta de la botiga.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="116"/>
        <source>No hay incidencias abiertas en esta tienda.</source>
        <translation>No hi ha incidències obertes en aquesta botiga.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="160"/>
        <source>prioridad {p}</source>
        <translation>prioritat {p}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="162"/>
        <source>ticket {n}</source>
        <translation>tiquet {n}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="163"/>
        <source>abierta el {d}</source>
        <translation>oberta el {d}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="169"/>
        <source>Tienda</source>
        <translation>Botiga</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="169"/>
        <source>Central</source>
        <translation>Central</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="193"/>
        <source>Nota guardada: se envía a la central con la próxima sincronización.</source>
        <translation>Nota desada: s&apos;envia a la central amb la propera sincronització.</translation>
    </message>
</context>
<context>
    <name>LevelChart</name>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/level_chart.py" line="60"/>
        <source>Hidratación</source>
        <translation>Hidratació</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/level_chart.py" line="60"/>
        <source>Grasa</source>
        <translation>Greix</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/level_chart.py" line="88"/>
        <source>Con dos visitas medidas verá aquí la evolución</source>
        <translation>Amb dues visites mesurades, aquí en veureu l&apos;evolució</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="33"/>
        <source>Identifíquese para empezar</source>
        <translation>Identifiqui&apos;s per començar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="35"/>
        <source>Código de empleado</source>
        <translation>Codi d&apos;empleat</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="36"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="44"/>
        <source>Entrar</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="92"/>
        <source>Escriba su código y su PIN.</source>
        <translation>Escrigui el seu codi i el seu PIN.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="38"/>
        <source>Loyalty Counter — {store}</source>
        <translation>Loyalty Counter — {store}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="64"/>
        <source>Tienda {store} · Terminal {device}</source>
        <translation>Botiga {store} · Terminal {device}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="70"/>
        <source>Acerca de y diagnóstico (F1)</source>
        <translation>Informació i diagnòstic (F1)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="79"/>
        <source>Gestión de tienda (F11)</source>
        <translation>Gestió de botiga (F11)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="133"/>
        <source>Usuario: {name} ({role})</source>
        <translation>Usuari: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="135"/>
        <source>Sin usuario</source>
        <translation>Sense usuari</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="222"/>
        <source>Cambios sin enviar</source>
        <translation>Canvis sense enviar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/main_window.py" line="224"/>
        <source>Hay %n cambio(s) sin enviar al servidor. Se enviarán la próxima vez que se abra la aplicación con conexión. ¿Cerrar igualmente?</source>
        <translation>
            <numerusform>Hi ha %n canvi sense enviar al servidor. S&apos;enviarà la pròxima vegada que s&apos;obri l&apos;aplicació amb connexió. Voleu tancar igualment?</numerusform>
            <numerusform>Hi ha %n canvis sense enviar al servidor. S&apos;enviaran la pròxima vegada que s&apos;obri l&apos;aplicació amb connexió. Voleu tancar igualment?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="186"/>
        <source>● En línea</source>
        <translation>● En línia</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="188"/>
        <source>● Sin conexión</source>
        <translation>● Sense connexió</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="147"/>
        <source>dependiente</source>
        <translation>dependent</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="148"/>
        <source>asesora de belleza</source>
        <translation>assessora de bellesa</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="149"/>
        <source>encargada</source>
        <translation>encarregada</translation>
    </message>
</context>
<context>
    <name>ManagerMenu</name>
    <message>
        <location filename="../../pos_client/ui/screens/manager/manager_menu.py" line="64"/>
        <location filename="../../pos_client/ui/screens/manager/manager_menu.py" line="65"/>
        <source>Gestión de la tienda</source>
        <translation>Gestió de la botiga</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/manager_menu.py" line="67"/>
        <source>{store} · tienda {code}</source>
        <translation>{store} · botiga {code}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/manager_menu.py" line="72"/>
        <source>Revisar pendientes</source>
        <translation>Revisar pendents</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/manager_menu.py" line="73"/>
        <source>Cifras de la tienda</source>
        <translation>Xifres de la botiga</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/manager_menu.py" line="74"/>
        <source>Personal y PIN</source>
        <translation>Personal i PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/manager_menu.py" line="75"/>
        <source>Importar ventas del TPV</source>
        <translation>Importar vendes del TPV</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/manager_menu.py" line="76"/>
        <source>Stock de regalos</source>
        <translation>Estoc de regals</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/manager_menu.py" line="90"/>
        <source>Cerrar</source>
        <translation>Tancar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/manager_menu.py" line="119"/>
        <source>Revisar pendientes ({n})</source>
        <translation>Revisar pendents ({n})</translation>
    </message>
</context>
<context>
    <name>MemberDocuments</name>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="187"/>
        <source>Tarjeta de socio {n}</source>
        <translation>Targeta de soci {n}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="242"/>
        <source>No se ha podido traer el documento firmado de la central (¿sin conexión?). Se podrá reimprimir cuando esta tableta sincronice.</source>
        <translation>No s&apos;ha pogut portar el document signat de la central (sense connexió?). Es podrà reimprimir quan aquesta tauleta sincronitzi.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="263"/>
        <source>El documento firmado está guardado en la central: se podrá enviar desde aquí cuando esta tableta sincronice.</source>
        <translation>El document signat està desat a la central: es podrà enviar des d&apos;aquí quan aquesta tauleta sincronitzi.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="271"/>
        <source>No se ha podido traer el documento firmado de la central (¿sin conexión?). Se podrá enviar cuando esta tableta sincronice.</source>
        <translation>No s&apos;ha pogut portar el document signat de la central (sense connexió?). Es podrà enviar quan aquesta tauleta sincronitzi.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="306"/>
        <source>Preparando el e-mail…</source>
        <translation>Preparant l&apos;e-mail…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="320"/>
        <source>La tarjeta se enviará a {address} cuando este terminal se conecte con la central.</source>
        <translation>La targeta s&apos;enviarà a {address} quan aquest terminal es connecti amb la central.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="325"/>
        <source>El consentimiento se enviará a {address} cuando este terminal se conecte con la central.</source>
        <translation>El consentiment s&apos;enviarà a {address} quan aquest terminal es connecti amb la central.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="331"/>
        <source>La tarjeta se enviará a {address} en unos minutos.</source>
        <translation>La targeta s&apos;enviarà a {address} d&apos;aquí a uns minuts.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="333"/>
        <source>El consentimiento se enviará a {address} en unos minutos.</source>
        <translation>El consentiment s&apos;enviarà a {address} d&apos;aquí a uns minuts.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="337"/>
        <source>La tarjeta se enviará a {address} en la próxima sincronización.</source>
        <translation>La targeta s&apos;enviarà a {address} en la pròxima sincronització.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="340"/>
        <source>El consentimiento se enviará a {address} en la próxima sincronización.</source>
        <translation>El consentiment s&apos;enviarà a {address} en la pròxima sincronització.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="234"/>
        <source>El documento firmado está guardado en la central: se podrá reimprimir aquí cuando esta tableta sincronice.</source>
        <translation>El document signat està desat a la central: es podrà reimprimir aquí quan aquesta tauleta sincronitzi.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="248"/>
        <source>Consentimiento firmado</source>
        <translation>Consentiment signat</translation>
    </message>
</context>
<context>
    <name>NewPinDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="238"/>
        <source>Nuevo PIN</source>
        <translation>PIN nou</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="240"/>
        <source>Nuevo PIN para {name}</source>
        <translation>PIN nou per a {name}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="244"/>
        <source>De {minimum} a {maximum} cifras. No valen las que se adivinan primero: una cifra repetida, una serie seguida o un año.</source>
        <translation>De {minimum} a {maximum} xifres. No valen els que s&apos;endevinen primer: una xifra repetida, una sèrie seguida o un any.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="261"/>
        <source>PIN nuevo</source>
        <translation>PIN nou</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="263"/>
        <source>Repítalo</source>
        <translation>Repetiu-lo</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="265"/>
        <source>Cancelar</source>
        <translation>Cancel·lar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="267"/>
        <source>Guardar PIN</source>
        <translation>Desar el PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="286"/>
        <source>Los dos PIN no coinciden: escríbalo otra vez.</source>
        <translation>Els dos PIN no coincideixen: torneu-lo a escriure.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="315"/>
        <source>Un PIN no puede ser una sola cifra repetida, como 1111.</source>
        <translation>Un PIN no pot ser una sola xifra repetida, com 1111.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="317"/>
        <source>Un PIN no puede ser una serie seguida, como 1234 o 9876.</source>
        <translation>Un PIN no pot ser una sèrie seguida, com 1234 o 9876.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="319"/>
        <source>Un PIN de 4 cifras no puede parecer un año, como 1987 o 2024.</source>
        <translation>Un PIN de 4 xifres no pot semblar un any, com 1987 o 2024.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="320"/>
        <source>Ese PIN es demasiado fácil de adivinar: elija otro.</source>
        <translation>Aquest PIN és massa fàcil d&apos;endevinar: trieu-ne un altre.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="322"/>
        <source>Un PIN tiene de {minimum} a {maximum} cifras, solo números.</source>
        <translation>Un PIN té de {minimum} a {maximum} xifres, només números.</translation>
    </message>
</context>
<context>
    <name>OfflineDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="52"/>
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="53"/>
        <source>Sin conexión con la central</source>
        <translation>Sense connexió amb la central</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="56"/>
        <source>No se ha podido confirmar con la central el canje de «{gift}» ({points}). Esto es lo que permiten los límites sin conexión de la tienda:</source>
        <translation>No s&apos;ha pogut confirmar amb la central el bescanvi de «{gift}» ({points}). Això és el que permeten els límits sense connexió de la botiga:</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="71"/>
        <source>No se puede entregar sin conexión</source>
        <translation>No es pot lliurar sense connexió</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="77"/>
        <source>Motivo del encargado</source>
        <translation>Motiu de l&apos;encarregat</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="85"/>
        <source>Un encargado ({name}) puede entregarlo igualmente: escriba el motivo, que se envía a la central con el canje.</source>
        <translation>Un encarregat ({name}) el pot lliurar igualment: escriviu el motiu, que s&apos;envia a la central amb el bescanvi.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="92"/>
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="97"/>
        <source>Supera los límites sin conexión</source>
        <translation>Supera els límits sense connexió</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="101"/>
        <source>Está dentro de los límites de la tienda: se puede entregar ahora. El canje se confirmará con la central cuando vuelva la conexión.</source>
        <translation>És dins dels límits de la botiga: es pot lliurar ara. El bescanvi es confirmarà amb la central quan torni la connexió.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="106"/>
        <source>Se puede entregar sin conexión</source>
        <translation>Es pot lliurar sense connexió</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="111"/>
        <source>No entregar</source>
        <translation>No lliurar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="115"/>
        <source>Entregar sin conexión</source>
        <translation>Lliurar sense connexió</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="125"/>
        <source>Si no se entrega, la aplicación lo consultará con la central y devolverá los puntos si llegaron a descontarse.</source>
        <translation>Si no es lliura, l&apos;aplicació ho consultarà amb la central i retornarà els punts si s&apos;havien arribat a descomptar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="158"/>
        <source>Escriba al menos %n carácter(es) más.</source>
        <translation>
            <numerusform>Escriviu almenys %n caràcter més.</numerusform>
            <numerusform>Escriviu almenys %n caràcters més.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="160"/>
        <source>Se entregará con este motivo, aprobado por {name}.</source>
        <translation>Es lliurarà amb aquest motiu, aprovat per {name}.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="53"/>
        <source>Cobrar</source>
        <translation>Cobrar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="58"/>
        <source>Total a cobrar: {t}</source>
        <translation>Total a cobrar: {t}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="72"/>
        <source>Todo con tarjeta</source>
        <translation>Tot amb targeta</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="74"/>
        <source>Efectivo exacto</source>
        <translation>Efectiu exacte</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="81"/>
        <source>Confirmar cobro</source>
        <translation>Confirmar cobrament</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="84"/>
        <source>Volver</source>
        <translation>Enrere</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="87"/>
        <source>Dar de alta en el club</source>
        <translation>Donar d&apos;alta al club</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="91"/>
        <source>Registrar al cliente y darle de alta: los puntos de esta compra serán suyos</source>
        <translation>Registrar el client i donar-lo d&apos;alta: els punts d&apos;aquesta compra seran seus</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="107"/>
        <source>¿Viene por una campaña?</source>
        <translation>Ve per una campanya?</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="113"/>
        <source>Tarjeta (€)</source>
        <translation>Targeta (€)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="116"/>
        <source>Efectivo entregado (€)</source>
        <translation>Efectiu lliurat (€)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="155"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="159"/>
        <source>Dirigida a este cliente</source>
        <translation>Adreçada a aquest client</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="199"/>
        <source>La venta no se anotará como respuesta a una campaña.</source>
        <translation>La venda no s&apos;anotarà com a resposta a una campanya.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="202"/>
        <source>puntos ×{m}</source>
        <translation>punts ×{m}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="204"/>
        <source>+{n} puntos por unidad</source>
        <translation>+{n} punts per unitat</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="206"/>
        <source>Hasta el {d}</source>
        <translation>Fins al {d}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="211"/>
        <source>Sugerida: está dirigida a este cliente.</source>
        <translation>Suggerida: està adreçada a aquest client.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="232"/>
        <source>Cambio: {c}</source>
        <translation>Canvi: {c}</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/photo_dialog.py" line="88"/>
        <location filename="../../pos_client/ui/screens/incidents/photo_dialog.py" line="98"/>
        <source>Hacer foto</source>
        <translation>Fer una foto</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/photo_dialog.py" line="94"/>
        <source>Abriendo la cámara…</source>
        <translation>Obrint la càmera…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/photo_dialog.py" line="101"/>
        <source>Cancelar</source>
        <translation>Cancel·lar</translation>
    </message>
</context>
<context>
    <name>PhotoPicker</name>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/photo_picker.py" line="53"/>
        <location filename="../../pos_client/ui/screens/incidents/photo_picker.py" line="89"/>
        <source>Sin foto</source>
        <translation>Sense foto</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/photo_picker.py" line="56"/>
        <source>Hacer foto</source>
        <translation>Fer una foto</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/photo_picker.py" line="58"/>
        <location filename="../../pos_client/ui/screens/incidents/photo_picker.py" line="122"/>
        <source>Elegir imagen</source>
        <translation>Triar una imatge</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/photo_picker.py" line="60"/>
        <source>Quitar foto</source>
        <translation>Treure la foto</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/photo_picker.py" line="72"/>
        <source>Foto (opcional)</source>
        <translation>Foto (opcional)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/photo_picker.py" line="82"/>
        <location filename="../../pos_client/ui/screens/incidents/photo_picker.py" line="139"/>
        <source>Ese archivo no es una imagen que se pueda enviar.</source>
        <translation>Aquest fitxer no és una imatge que es pugui enviar.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/photo_picker.py" line="116"/>
        <source>No se puede usar la cámara. Elija una imagen guardada en su lugar.</source>
        <translation>No es pot fer servir la càmera. Trieu una imatge desada en lloc seu.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/photo_picker.py" line="124"/>
        <source>Imágenes (*.jpg *.jpeg *.png *.webp *.bmp *.heic)</source>
        <translation>Imatges (*.jpg *.jpeg *.png *.webp *.bmp *.heic)</translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/product_picker.py" line="37"/>
        <source>Nombre, marca o código del producto</source>
        <translation>Nom, marca o codi del producte</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/product_picker.py" line="48"/>
        <source>Cancelar</source>
        <translation>Cancel·lar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/product_picker.py" line="63"/>
        <source>Escriba al menos dos letras o escanee el producto.</source>
        <translation>Escriviu almenys dues lletres o escanegeu el producte.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/product_picker.py" line="84"/>
        <source>Ningún producto a la venta coincide.</source>
        <translation>No coincideix cap producte a la venda.</translation>
    </message>
</context>
<context>
    <name>ProtectingStoreWindow</name>
    <message>
        <location filename="../../pos_client/ui/screens/startup/store_opening.py" line="67"/>
        <source>Protegiendo los datos de la tienda…</source>
        <translation>Protegint les dades de la botiga…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/startup/store_opening.py" line="71"/>
        <source>Esta versión cifra los datos de la tienda la primera vez que se abre. Con muchos clientes puede tardar cerca de un minuto: no apague la tableta ni cierre la aplicación.</source>
        <translation>Aquesta versió xifra les dades de la botiga la primera vegada que s&apos;obre. Amb molts clients pot trigar prop d&apos;un minut: no apagueu la tauleta ni tanqueu l&apos;aplicació.</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="66"/>
        <source>Ticket {n}</source>
        <translation>Tiquet {n}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="71"/>
        <source>Preparando el ticket…</source>
        <translation>Preparant el tiquet…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="77"/>
        <source>Imprimir</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="78"/>
        <source>Guardar PDF…</source>
        <translation>Desar PDF…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="79"/>
        <source>Nueva venta</source>
        <translation>Nova venda</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="110"/>
        <source>Bienvenida al club: {name}</source>
        <translation>Benvinguda al club: {name}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="115"/>
        <source>Tarjeta de socio nº {n}</source>
        <translation>Targeta de soci núm. {n}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="119"/>
        <source>Imprimir tarjeta</source>
        <translation>Imprimir targeta</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="121"/>
        <source>Imprimir consentimiento</source>
        <translation>Imprimir consentiment</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="124"/>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="128"/>
        <source>Enviar por e-mail</source>
        <translation>Enviar per e-mail</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="126"/>
        <source>Enviar la tarjeta de socio a su e-mail</source>
        <translation>Enviar la targeta de soci al seu e-mail</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="131"/>
        <source>Enviar el consentimiento firmado a su e-mail</source>
        <translation>Enviar el consentiment signat al seu e-mail</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="158"/>
        <source>Total: &lt;b&gt;{t}&lt;/b&gt;</source>
        <translation>Total: &lt;b&gt;{t}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="163"/>
        <source>&lt;span style=&apos;font-size:28px&apos;&gt;Cambio: &lt;b&gt;{c}&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:28px&apos;&gt;Canvi: &lt;b&gt;{c}&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="169"/>
        <source>Puntos: {p} · Saldo: {b}</source>
        <translation>Punts: {p} · Saldo: {b}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="185"/>
        <source>No se ha podido preparar el ticket: {e}</source>
        <translation>No s&apos;ha pogut preparar el tiquet: {e}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="194"/>
        <source>Guardar ticket</source>
        <translation>Desar el tiquet</translation>
    </message>
</context>
<context>
    <name>RedeemDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="165"/>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="167"/>
        <source>Regalos por puntos</source>
        <translation>Regals per punts</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="180"/>
        <source>Saldo</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="190"/>
        <source>Hoy no hay regalos para canjear en esta tienda.</source>
        <translation>Avui no hi ha regals per bescanviar en aquesta botiga.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="203"/>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="283"/>
        <source>Elija un regalo.</source>
        <translation>Trieu un regal.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="206"/>
        <source>Cerrar</source>
        <translation>Tancar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="208"/>
        <source>Canjear</source>
        <translation>Bescanviar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="240"/>
        <source>Tarjeta {n}</source>
        <translation>Targeta {n}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="286"/>
        <source>«{gift}» por {points}: le quedarán {left}.</source>
        <translation>«{gift}» per {points}: li&apos;n quedaran {left}.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="299"/>
        <source>«{gift}» ({points}) para {name}</source>
        <translation>«{gift}» ({points}) per a {name}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="309"/>
        <source>Consultando con la central…</source>
        <translation>Consultant amb la central…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="325"/>
        <source>Sin conexión con la central.</source>
        <translation>Sense connexió amb la central.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="336"/>
        <source>Entregado sin conexión: «{gift}». Saldo: {balance}.</source>
        <translation>Lliurat sense connexió: «{gift}». Saldo: {balance}.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="338"/>
        <source>Canjeado: «{gift}». Saldo: {balance}.</source>
        <translation>Bescanviat: «{gift}». Saldo: {balance}.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="350"/>
        <source>No se ha entregado el regalo. La aplicación lo consultará con la central y, si llegó a descontar los puntos, los devolverá.</source>
        <translation>No s&apos;ha lliurat el regal. L&apos;aplicació ho consultarà amb la central i, si s&apos;havien arribat a descomptar els punts, els retornarà.</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="102"/>
        <source>Nuevo cliente</source>
        <translation>Client nou</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="102"/>
        <source>Hacerse socio/a</source>
        <translation>Fer-se soci/a</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="107"/>
        <source>Nombre</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="108"/>
        <source>Apellidos</source>
        <translation>Cognoms</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="109"/>
        <source>DNI/NIE (opcional)</source>
        <translation>DNI/NIE (opcional)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="110"/>
        <source>Fecha de nacimiento</source>
        <translation>Data de naixement</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="111"/>
        <source>Teléfono</source>
        <translation>Telèfon</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="112"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="113"/>
        <source>Código postal</source>
        <translation>Codi postal</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="114"/>
        <source>Idioma preferido</source>
        <translation>Idioma preferit</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="115"/>
        <source>Género (opcional)</source>
        <translation>Gènere (opcional)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="119"/>
        <source>DNI/NIE</source>
        <translation>DNI/NIE</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="120"/>
        <source>Género</source>
        <translation>Gènere</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="124"/>
        <source>dd/mm/aaaa</source>
        <translation>dd/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="126"/>
        <source>nombre@dominio.es</source>
        <translation>nom@domini.cat</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="143"/>
        <source>Teléfono o e-mail: al menos uno de los dos.</source>
        <translation>Telèfon o e-mail: almenys un dels dos.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="172"/>
        <source>Datos del nuevo cliente</source>
        <translation>Dades del client nou</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="176"/>
        <source>El alta en el club se completa al cobrar la compra de esta visita; si no hay compra, no se guarda nada.</source>
        <translation>L&apos;alta al club es completa en cobrar la compra d&apos;aquesta visita; si no hi ha compra, no es desa res.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="181"/>
        <source>Compruebe sus datos con el cliente y complete los que falten. Se hace socio/a al cobrar la compra de esta visita; si no hay compra, no cambia nada.</source>
        <translation>Comproveu les seves dades amb el client i completeu les que hi faltin. Es fa soci/a en cobrar la compra d&apos;aquesta visita; si no hi ha compra, no canvia res.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="189"/>
        <source>Cancelar</source>
        <translation>Cancel·lar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="193"/>
        <source>Continuar: consentimiento</source>
        <translation>Continuar: consentiment</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="234"/>
        <source>— sin indicar —</source>
        <translation>— sense indicar —</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="280"/>
        <source>Hacerse socio/a: {name}</source>
        <translation>Fer-se soci/a: {name}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="338"/>
        <source>Para continuar, complete o revise: {f}</source>
        <translation>Per continuar, completeu o reviseu: {f}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="402"/>
        <source>Descartar el alta</source>
        <translation>Descartar l&apos;alta</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="403"/>
        <source>Se perderán los datos escritos. ¿Descartar este nuevo cliente?</source>
        <translation>Es perdran les dades escrites. Descartar aquest client nou?</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="405"/>
        <source>Se perderán los cambios en sus datos. ¿Dejar el alta en el club?</source>
        <translation>Es perdran els canvis en les seves dades. Deixar l&apos;alta al club?</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="406"/>
        <source>Descartar</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="407"/>
        <source>Seguir con el alta</source>
        <translation>Continuar amb l&apos;alta</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="35"/>
        <source>Devolución</source>
        <translation>Devolució</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="38"/>
        <source>Escanee el QR del ticket o escriba su número</source>
        <translation>Escanegi el QR del tiquet o escrigui&apos;n el número</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="40"/>
        <source>Buscar</source>
        <translation>Cercar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="47"/>
        <source>Producto</source>
        <translation>Producte</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="47"/>
        <source>Vendidas</source>
        <translation>Venudes</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="47"/>
        <source>Ya devueltas</source>
        <translation>Retornades</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="47"/>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="54"/>
        <source>Devolver</source>
        <translation>Retornar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="52"/>
        <source>Reembolso en efectivo</source>
        <translation>Reemborsament en efectiu</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="53"/>
        <source>Reembolso a tarjeta</source>
        <translation>Reemborsament a la targeta</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="57"/>
        <source>Cancelar</source>
        <translation>Cancel·lar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="89"/>
        <source>Ticket {n} del {d}</source>
        <translation>Tiquet {n} del {d}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="122"/>
        <source>Indique cuántas unidades se devuelven.</source>
        <translation>Indiqui quantes unitats es retornen.</translation>
    </message>
</context>
<context>
    <name>ReviewDetailPanel</name>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_detail.py" line="57"/>
        <source>Elija un caso de la lista.</source>
        <translation>Trieu un cas de la llista.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_detail.py" line="80"/>
        <source>Sobre</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_detail.py" line="81"/>
        <source>Cliente</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_detail.py" line="82"/>
        <source>Motivo</source>
        <translation>Motiu</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_detail.py" line="83"/>
        <source>Detalle</source>
        <translation>Detall</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_detail.py" line="95"/>
        <source>Decisión</source>
        <translation>Decisió</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_detail.py" line="114"/>
        <source>Nota para la central (opcional)</source>
        <translation>Nota per a la central (opcional)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_detail.py" line="117"/>
        <source>Por qué se decide así…</source>
        <translation>Per què es decideix així…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_detail.py" line="125"/>
        <source>Respuesta a la central</source>
        <translation>Resposta a la central</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_detail.py" line="127"/>
        <source>Escriba lo que la central ha preguntado…</source>
        <translation>Responeu el que ha preguntat la central…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_detail.py" line="129"/>
        <source>Enviar respuesta</source>
        <translation>Enviar la resposta</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="65"/>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="66"/>
        <source>Pendientes de revisar</source>
        <translation>Pendents de revisar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="69"/>
        <source>Solo la encargada o el encargado de la tienda decide estos casos: puede consultarlos, pero no cambiarlos.</source>
        <translation>Només l&apos;encarregada o l&apos;encarregat de la botiga decideix aquests casos: els podeu consultar, però no canviar.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="79"/>
        <source>No hay nada pendiente de revisar.</source>
        <translation>No hi ha res pendent de revisar.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="106"/>
        <source>Cerrar</source>
        <translation>Tancar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="174"/>
        <source>{name} · saldo de %Ln punto(s)</source>
        <translation>
            <numerusform>{name} · saldo de %Ln punt</numerusform>
            <numerusform>{name} · saldo de %Ln punts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="164"/>
        <source>Buscando…</source>
        <translation>Cercant…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="177"/>
        <source>tarjeta {card}</source>
        <translation>targeta {card}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="182"/>
        <source>No está en esta tableta</source>
        <translation>No és en aquesta tauleta</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="201"/>
        <source>«{action}»: {subject}.

La decisión se envía a la central y no se puede deshacer. ¿Seguir?</source>
        <translation>«{action}»: {subject}.

La decisió s&apos;envia a la central i no es pot desfer. Voleu continuar?</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="205"/>
        <source>Volver</source>
        <translation>Enrere</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="220"/>
        <source>Hecho: «{what}». Se enviará a la central al sincronizar.</source>
        <translation>Fet: «{what}». S&apos;enviarà a la central en sincronitzar.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="254"/>
        <source>Respuesta guardada: se enviará a la central al sincronizar.</source>
        <translation>Resposta desada: s&apos;enviarà a la central en sincronitzar.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="267"/>
        <source>Escriba la respuesta antes de enviarla.</source>
        <translation>Escriviu la resposta abans d&apos;enviar-la.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="269"/>
        <source>La respuesta es demasiado larga: acórtela.</source>
        <translation>La resposta és massa llarga: escurceu-la.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="271"/>
        <source>La respuesta lleva caracteres que no se pueden enviar.</source>
        <translation>La resposta porta caràcters que no es poden enviar.</translation>
    </message>
</context>
<context>
    <name>ReviewTable</name>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_table.py" line="37"/>
        <source>Fecha</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_table.py" line="37"/>
        <source>Tipo</source>
        <translation>Tipus</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_table.py" line="37"/>
        <source>Sobre</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_table.py" line="37"/>
        <source>Motivo</source>
        <translation>Motiu</translation>
    </message>
</context>
<context>
    <name>ReviewTexts</name>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="38"/>
        <source>Saldo negativo</source>
        <translation>Saldo negatiu</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="39"/>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="47"/>
        <source>Cambio rechazado</source>
        <translation>Canvi rebutjat</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="40"/>
        <source>Posible duplicado</source>
        <translation>Possible duplicat</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="41"/>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="49"/>
        <source>Venta a revisar</source>
        <translation>Venda per revisar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="42"/>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="97"/>
        <source>Incidencia</source>
        <translation>Incidència</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="46"/>
        <source>Saldo de puntos en negativo</source>
        <translation>Saldo de punts en negatiu</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="48"/>
        <source>Posible cliente duplicado</source>
        <translation>Possible client duplicat</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="50"/>
        <source>Incidencia: la central espera respuesta</source>
        <translation>Incidència: la central espera resposta</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="57"/>
        <source>Recuperar con compras futuras</source>
        <translation>Recuperar amb compres futures</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="58"/>
        <source>Asumir el descubierto</source>
        <translation>Assumir el descobert</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="59"/>
        <source>Anular</source>
        <translation>Anul·lar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="60"/>
        <source>Corregir y reenviar</source>
        <translation>Corregir i reenviar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="61"/>
        <source>Fusionar</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="62"/>
        <source>Son personas distintas</source>
        <translation>Són persones diferents</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="63"/>
        <source>Revisado</source>
        <translation>Revisat</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="71"/>
        <source>Los puntos de sus próximas compras cubren el saldo; hasta entonces no canjea.</source>
        <translation>Els punts de les seves properes compres cobreixen el saldo; fins aleshores no pot bescanviar.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="73"/>
        <source>La cadena asume lo que falta: el saldo vuelve a 0.</source>
        <translation>La cadena assumeix el que falta: el saldo torna a 0.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="74"/>
        <source>El cambio no se aplicará nunca.</source>
        <translation>El canvi no s&apos;aplicarà mai.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="75"/>
        <source>Corrija los datos y se envían de nuevo.</source>
        <translation>Corregiu les dades i s&apos;envien de nou.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="76"/>
        <source>Son la misma persona: sus fichas se unen en una.</source>
        <translation>Són la mateixa persona: les seves fitxes s&apos;uneixen en una.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="77"/>
        <source>Se parecen, pero son dos clientes.</source>
        <translation>S&apos;assemblen, però són dos clients.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="78"/>
        <source>Visto y resuelto en la tienda.</source>
        <translation>Vist i resolt a la botiga.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="85"/>
        <source>Venta</source>
        <translation>Venda</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="86"/>
        <source>Movimiento de puntos</source>
        <translation>Moviment de punts</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="87"/>
        <source>Datos de cliente</source>
        <translation>Dades de client</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="88"/>
        <source>Consentimiento</source>
        <translation>Consentiment</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="89"/>
        <source>Envío por e-mail</source>
        <translation>Enviament per e-mail</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="90"/>
        <source>Tarjeta de socio</source>
        <translation>Targeta de soci</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="91"/>
        <source>Diagnóstico de piel</source>
        <translation>Diagnòstic de pell</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="92"/>
        <source>Hábitos</source>
        <translation>Hàbits</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="93"/>
        <source>Canje de regalo</source>
        <translation>Bescanvi de regal</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="94"/>
        <source>Anulación de canje</source>
        <translation>Anul·lació de bescanvi</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="95"/>
        <source>Stock de regalos</source>
        <translation>Estoc de regals</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="96"/>
        <source>Decisión de revisión</source>
        <translation>Decisió de revisió</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="98"/>
        <source>Nota de incidencia</source>
        <translation>Nota d&apos;incidència</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="99"/>
        <source>Respuesta a campaña</source>
        <translation>Resposta a campanya</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="100"/>
        <source>PIN de personal</source>
        <translation>PIN de personal</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="101"/>
        <source>Venta del TPV</source>
        <translation>Venda del TPV</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="108"/>
        <source>Un dato no es válido</source>
        <translation>Una dada no és vàlida</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="109"/>
        <source>El cambio llegó incompleto o mal formado</source>
        <translation>El canvi va arribar incomplet o mal format</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="110"/>
        <source>Es de otra tienda</source>
        <translation>És d&apos;una altra botiga</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="111"/>
        <source>Es de otra tableta</source>
        <translation>És d&apos;una altra tauleta</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="112"/>
        <source>El perfil de quien lo hizo no lo permite</source>
        <translation>El perfil de qui el va fer no ho permet</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="113"/>
        <source>Dependía de otro cambio que se rechazó</source>
        <translation>Depenia d&apos;un altre canvi que es va rebutjar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="114"/>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="115"/>
        <source>El cambio llegó dañado</source>
        <translation>El canvi va arribar malmès</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="116"/>
        <source>La hora de la tableta no era válida</source>
        <translation>L&apos;hora de la tauleta no era vàlida</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="118"/>
        <source>La central ya no admite esta versión de la aplicación: actualícela</source>
        <translation>La central ja no admet aquesta versió de l&apos;aplicació: actualitzeu-la</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="120"/>
        <source>El regalo ya no existe en el catálogo</source>
        <translation>El regal ja no existeix al catàleg</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="121"/>
        <source>La campaña ya no existe</source>
        <translation>La campanya ja no existeix</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="122"/>
        <source>La central no conoce a esa persona del personal</source>
        <translation>La central no coneix aquesta persona del personal</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="123"/>
        <source>El PIN no se guardó de forma segura</source>
        <translation>El PIN no es va desar de manera segura</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="124"/>
        <source>El cambio reutilizaba un identificador ya usado</source>
        <translation>El canvi reutilitzava un identificador ja utilitzat</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="126"/>
        <source>Sin motivo indicado</source>
        <translation>Sense motiu indicat</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="131"/>
        <source>los totales no cuadran</source>
        <translation>els totals no quadren</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="132"/>
        <source>los pagos no suman el total</source>
        <translation>els pagaments no sumen el total</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="133"/>
        <source>un producto que la central no conoce</source>
        <translation>un producte que la central no coneix</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="134"/>
        <source>un precio distinto del catálogo</source>
        <translation>un preu diferent del del catàleg</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="135"/>
        <source>un descuento mayor del permitido</source>
        <translation>un descompte més alt del permès</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="136"/>
        <source>puntos distintos de los que da la regla</source>
        <translation>punts diferents dels que dona la regla</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="137"/>
        <source>hecha con un código de personal desconocido</source>
        <translation>feta amb un codi de personal desconegut</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="138"/>
        <source>hecha con un código de personal dado de baja</source>
        <translation>feta amb un codi de personal donat de baixa</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="149"/>
        <source>Ticket {number}</source>
        <translation>Tiquet {number}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="166"/>
        <source>Saldo de %Ln punto(s)</source>
        <translation>
            <numerusform>Saldo de %Ln punt</numerusform>
            <numerusform>Saldo de %Ln punts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="179"/>
        <source>Coinciden: {reasons}</source>
        <translation>Coincideixen: {reasons}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="187"/>
        <source>La central pregunta: «{question}»</source>
        <translation>La central pregunta: «{question}»</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="196"/>
        <source>Un canje de {points} puntos, hecho sin conexión, lo dejó en negativo.</source>
        <translation>Un bescanvi de {points} punts, fet sense connexió, el va deixar en negatiu.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="201"/>
        <source>Mensaje de la central: {message}</source>
        <translation>Missatge de la central: {message}</translation>
    </message>
</context>
<context>
    <name>SalesChart</name>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_chart.py" line="75"/>
        <source>Sin ventas en estas fechas</source>
        <translation>Sense vendes en aquestes dates</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_chart.py" line="92"/>
        <source>Con campaña</source>
        <translation>Amb campanya</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_chart.py" line="93"/>
        <source>Sin campaña</source>
        <translation>Sense campanya</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_chart.py" line="142"/>
        <source>{day}: {total}, con campaña {campaign}</source>
        <translation>{day}: {total}, amb campanya {campaign}</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="72"/>
        <source>Configurar este terminal</source>
        <translation>Configurar aquest terminal</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="77"/>
        <source>Registrar este terminal</source>
        <translation>Registrar aquest terminal</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="80"/>
        <source>Es la primera vez que se abre la aplicación en este terminal. Escriba la dirección del servidor, el código de la tienda y el código de registro que le ha dado la central.</source>
        <translation>És la primera vegada que s&apos;obre l&apos;aplicació en aquest terminal. Escriviu l&apos;adreça del servidor, el codi de la botiga i el codi de registre que us ha donat la central.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="93"/>
        <source>Dirección del servidor</source>
        <translation>Adreça del servidor</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="94"/>
        <source>Código de tienda</source>
        <translation>Codi de botiga</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="95"/>
        <source>Código de registro</source>
        <translation>Codi de registre</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="106"/>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="241"/>
        <source>Cancelar</source>
        <translation>Cancel·lar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="108"/>
        <source>Registrar</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="139"/>
        <source>La dirección del servidor empieza por http:// o https://, por ejemplo http://192.168.1.10:8000.</source>
        <translation>L&apos;adreça del servidor comença per http:// o https://, per exemple http://192.168.1.10:8000.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="145"/>
        <source>El código de tienda solo lleva letras y números, como S001.</source>
        <translation>El codi de botiga només porta lletres i números, com S001.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="149"/>
        <source>El código de registro tiene 12 letras y números: XXXX-XXXX-XXXX.</source>
        <translation>El codi de registre té 12 lletres i números: XXXX-XXXX-XXXX.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="174"/>
        <source>Registrando el terminal…</source>
        <translation>Registrant el terminal…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="199"/>
        <source>No se puede conectar con el servidor {url}. Compruebe la dirección y que el terminal tenga red.</source>
        <translation>No es pot connectar amb el servidor {url}. Comproveu l&apos;adreça i que el terminal tingui xarxa.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="204"/>
        <source>El servidor necesita una versión más nueva de esta aplicación. Actualícela antes de registrar el terminal.</source>
        <translation>El servidor necessita una versió més nova d&apos;aquesta aplicació. Actualitzeu-la abans de registrar el terminal.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="208"/>
        <source>El servidor no responde bien ahora. Inténtelo en unos minutos.</source>
        <translation>El servidor no respon bé ara mateix. Torneu-ho a provar d&apos;aquí a uns minuts.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="210"/>
        <source>Este terminal ya está registrado.</source>
        <translation>Aquest terminal ja està registrat.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="214"/>
        <source>El código de registro no es válido para la tienda {store}. Compruebe los dos códigos o pida uno nuevo a la central.</source>
        <translation>El codi de registre no és vàlid per a la botiga {store}. Comproveu els dos codis o demaneu-ne un de nou a la central.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="218"/>
        <source>Este código de registro ya se ha usado. Pida uno nuevo a la central.</source>
        <translation>Aquest codi de registre ja s&apos;ha fet servir. Demaneu-ne un de nou a la central.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="221"/>
        <source>Este código de registro ha caducado. Pida uno nuevo a la central.</source>
        <translation>Aquest codi de registre ha caducat. Demaneu-ne un de nou a la central.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="225"/>
        <source>El servidor no ha aceptado el registro ({detail}).</source>
        <translation>El servidor no ha acceptat el registre ({detail}).</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="235"/>
        <source>Terminal {device} de {store} registrado.</source>
        <translation>Terminal {device} de {store} registrat.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="240"/>
        <source>Descargando los datos de la tienda: catálogo, personal y clientes…</source>
        <translation>Descarregant les dades de la botiga: catàleg, personal i clients…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="246"/>
        <source>Primera sincronización</source>
        <translation>Primera sincronització</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="262"/>
        <source>Deteniendo la descarga; seguirá en segundo plano…</source>
        <translation>Aturant la descàrrega; continuarà en segon pla…</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../pos_client/ui/widgets/signature_pad.py" line="108"/>
        <source>Firma del cliente</source>
        <translation>Signatura del client</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/widgets/signature_pad.py" line="110"/>
        <source>Zona para firmar con el dedo, con el lápiz o con el ratón</source>
        <translation>Zona per signar amb el dit, amb el llapis o amb el ratolí</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/widgets/signature_pad.py" line="347"/>
        <source>Firme aquí</source>
        <translation>Signeu aquí</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="55"/>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="56"/>
        <source>Personal y PIN</source>
        <translation>Personal i PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="59"/>
        <source>Solo la encargada o el encargado cambia los PIN del personal. Usted puede elegir un PIN nuevo para su propio código.</source>
        <translation>Només l&apos;encarregada o l&apos;encarregat canvia els PIN del personal. Podeu triar un PIN nou per al vostre codi.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="68"/>
        <source>Código</source>
        <translation>Codi</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="68"/>
        <source>Nombre</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="68"/>
        <source>Perfil</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="68"/>
        <source>Estado</source>
        <translation>Estat</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="77"/>
        <source>Nuevo PIN</source>
        <translation>PIN nou</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="78"/>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="191"/>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="195"/>
        <source>Restablecer PIN</source>
        <translation>Restablir el PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="79"/>
        <source>Desbloquear</source>
        <translation>Desbloquejar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="84"/>
        <source>Cerrar</source>
        <translation>Tancar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="112"/>
        <source>Dependiente</source>
        <translation>Dependent</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="113"/>
        <source>Asesora de belleza</source>
        <translation>Assessora de bellesa</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="114"/>
        <source>Encargada</source>
        <translation>Encarregada</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="121"/>
        <source>De baja</source>
        <translation>De baixa</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="123"/>
        <source>Bloqueado hasta las {time}</source>
        <translation>Bloquejat fins a les {time}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="127"/>
        <source>Debe cambiar el PIN al entrar</source>
        <translation>Ha de canviar el PIN en entrar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="128"/>
        <source>Activo</source>
        <translation>Actiu</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="181"/>
        <source>PIN nuevo guardado para {name}.</source>
        <translation>PIN nou desat per a {name}.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="193"/>
        <source>¿Dar a {name} un PIN temporal? Su PIN actual deja de valer ahora.</source>
        <translation>Voleu donar un PIN temporal a {name}? El seu PIN actual deixarà de valer ara mateix.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="196"/>
        <source>Volver</source>
        <translation>Enrere</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="208"/>
        <source>{name} tiene un PIN temporal.</source>
        <translation>{name} té un PIN temporal.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="218"/>
        <source>{name} ya puede volver a entrar.</source>
        <translation>{name} ja pot tornar a entrar.</translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="47"/>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="48"/>
        <source>Stock de regalos</source>
        <translation>Estoc de regals</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="51"/>
        <source>Regalo</source>
        <translation>Regal</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="51"/>
        <source>Código</source>
        <translation>Codi</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="51"/>
        <source>Puntos</source>
        <translation>Punts</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="51"/>
        <source>En tienda</source>
        <translation>A la botiga</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="62"/>
        <source>Recibidos</source>
        <translation>Rebuts</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="63"/>
        <source>Recuento</source>
        <translation>Recompte</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="64"/>
        <source>Dañados</source>
        <translation>Malmesos</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="65"/>
        <source>Devueltos a la central</source>
        <translation>Retornats a la central</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="86"/>
        <source>Nota (opcional): albarán, motivo…</source>
        <translation>Nota (opcional): albarà, motiu…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="96"/>
        <source>Cerrar</source>
        <translation>Tancar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="98"/>
        <source>Registrar</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="109"/>
        <source>Solo un encargado puede registrar el stock de regalos.</source>
        <translation>Només un encarregat pot registrar l&apos;estoc de regals.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="115"/>
        <source>¿Qué ha pasado?</source>
        <translation>Què ha passat?</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="158"/>
        <source>Unidades en la estantería</source>
        <translation>Unitats al prestatge</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="158"/>
        <source>Unidades</source>
        <translation>Unitats</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="181"/>
        <source>Registrado: ahora hay {n} de «{gift}».</source>
        <translation>Registrat: de «{gift}», ara n&apos;hi ha {n}.</translation>
    </message>
</context>
<context>
    <name>StoreErrorDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/startup/store_opening.py" line="114"/>
        <source>No se han podido actualizar los datos de la tienda</source>
        <translation>No s&apos;han pogut actualitzar les dades de la botiga</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/startup/store_opening.py" line="117"/>
        <source>No se pueden abrir los datos de la tienda</source>
        <translation>No es poden obrir les dades de la botiga</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/startup/store_opening.py" line="121"/>
        <source>Cerrar la aplicación</source>
        <translation>Tancar l&apos;aplicació</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/startup/store_opening.py" line="131"/>
        <source>Esta versión de la aplicación tiene que actualizar los datos de la tienda y antes guarda una copia de seguridad, pero no se ha podido guardar (¿queda espacio en el disco?). No se ha cambiado nada.

Libere espacio y vuelva a abrir la aplicación. Si sigue igual, llame a soporte.</source>
        <translation>Aquesta versió de l&apos;aplicació ha d&apos;actualitzar les dades de la botiga i abans en desa una còpia de seguretat, però no s&apos;ha pogut desar (queda espai al disc?). No s&apos;ha canviat res.

Allibereu espai i torneu a obrir l&apos;aplicació. Si continua igual, truqueu al suport tècnic.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/startup/store_opening.py" line="137"/>
        <source>La actualización de los datos de la tienda ha fallado. No se ha perdido nada: los datos siguen como estaban con la versión anterior, también las ventas que aún no se han sincronizado.

Llame a soporte y dé el nombre de la copia de seguridad: {backup} (en {folder}). No borre la carpeta de datos.</source>
        <translation>L&apos;actualització de les dades de la botiga ha fallat. No s&apos;ha perdut res: les dades continuen com estaven amb la versió anterior, també les vendes que encara no s&apos;han sincronitzat.

Truqueu al suport tècnic i doneu el nom de la còpia de seguretat: {backup} (a {folder}). No esborreu la carpeta de dades.</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="142"/>
        <source>%n cambio(s) pendiente(s) de sincronizar</source>
        <translation>
            <numerusform>%n canvi pendent de sincronitzar</numerusform>
            <numerusform>%n canvis pendents de sincronitzar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="73"/>
        <source>Sincronizar ahora</source>
        <translation>Sincronitzar ara</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="137"/>
        <source>Revisar (%n)</source>
        <translation>
            <numerusform>Revisa (%n)</numerusform>
            <numerusform>Revisa (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="140"/>
        <source>● Sin servidor</source>
        <translation>● Sense servidor</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="145"/>
        <source>Este terminal no está registrado en ningún servidor: no se sincroniza.</source>
        <translation>Aquest terminal no està registrat a cap servidor: no se sincronitza.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="165"/>
        <source>Actualice la aplicación antes del {date}: desde ese día no se sincronizará</source>
        <translation>Actualitzeu l&apos;aplicació abans del {date}: des d&apos;aquell dia no se sincronitzarà</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="170"/>
        <source>La central dejará de admitir esta versión de la aplicación el {date}. Hasta entonces todo funciona igual; después, las ventas se seguirán enviando, pero esta tableta no recibirá datos nuevos. Avise a soporte para actualizarla.</source>
        <translation>La central deixarà d&apos;admetre aquesta versió de l&apos;aplicació el {date}. Fins aleshores tot funciona igual; després, les vendes es continuaran enviant, però aquesta tauleta no rebrà dades noves. Aviseu el suport tècnic per actualitzar-la.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="187"/>
        <source>● Sincronizando…</source>
        <translation>● Sincronitzant…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="189"/>
        <source>● La sincronización no avanza</source>
        <translation>● La sincronització no avança</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="190"/>
        <source>● Terminal dado de baja</source>
        <translation>● Terminal donat de baixa</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="191"/>
        <source>● Hay que actualizar la aplicación</source>
        <translation>● Cal actualitzar l&apos;aplicació</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="196"/>
        <source>%n cambio(s) pendiente(s)</source>
        <translation>
            <numerusform>%n canvi pendent</numerusform>
            <numerusform>%n canvis pendents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="199"/>
        <source>(desde {age})</source>
        <translation>(des de {age})</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="201"/>
        <source>Sin cambios pendientes</source>
        <translation>Sense canvis pendents</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="203"/>
        <source>%n cambio(s) rechazado(s)</source>
        <translation>
            <numerusform>%n canvi rebutjat</numerusform>
            <numerusform>%n canvis rebutjats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="206"/>
        <source>última sincronización {time}</source>
        <translation>última sincronització {time}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="209"/>
        <source>aún sin sincronizar</source>
        <translation>encara sense sincronitzar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="214"/>
        <source>No se puede contactar con el servidor. Las ventas se guardan aquí.</source>
        <translation>No es pot contactar amb el servidor. Les vendes es desen aquí.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="216"/>
        <source>Siguiente intento: {time}.</source>
        <translation>Següent intent: {time}.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="222"/>
        <source>El servidor responde, pero hay cambios que no se envían. Avise a soporte.</source>
        <translation>El servidor respon, però hi ha canvis que no s&apos;envien. Aviseu el suport tècnic.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="225"/>
        <source>La central ha dado de baja este terminal. Avise a soporte.</source>
        <translation>La central ha donat de baixa aquest terminal. Aviseu el suport tècnic.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="227"/>
        <source>El servidor no admite esta versión de la aplicación. Avise a soporte.</source>
        <translation>El servidor no admet aquesta versió de l&apos;aplicació. Aviseu el suport tècnic.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="233"/>
        <source>hace %n min</source>
        <translation>
            <numerusform>fa %n min</numerusform>
            <numerusform>fa %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="235"/>
        <source>hace %n h</source>
        <translation>
            <numerusform>fa %n h</numerusform>
            <numerusform>fa %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="236"/>
        <source>hace %n día(s)</source>
        <translation>
            <numerusform>fa %n dia</numerusform>
            <numerusform>fa %n dies</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="247"/>
        <source>Terminal dado de baja</source>
        <translation>Terminal donat de baixa</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="249"/>
        <source>La central ha dado de baja este terminal y ya no se sincroniza con el servidor.

Las ventas se siguen guardando aquí y no se pierde nada. Avise a soporte para volver a registrarlo.</source>
        <translation>La central ha donat de baixa aquest terminal i ja no se sincronitza amb el servidor.

Les vendes es continuen desant aquí i no es perd res. Aviseu el suport tècnic per tornar-lo a registrar.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="254"/>
        <source>Hay que actualizar la aplicación</source>
        <translation>Cal actualitzar l&apos;aplicació</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="256"/>
        <source>El servidor ya no admite esta versión de la aplicación.

Las ventas se siguen guardando aquí y se enviarán cuando la aplicación esté actualizada. Avise a soporte para actualizarla.</source>
        <translation>El servidor ja no admet aquesta versió de l&apos;aplicació.

Les vendes es continuen desant aquí i s&apos;enviaran quan l&apos;aplicació estigui actualitzada. Aviseu el suport tècnic per actualitzar-la.</translation>
    </message>
</context>
<context>
    <name>TemporaryPinDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="339"/>
        <source>PIN temporal</source>
        <translation>PIN temporal</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="341"/>
        <source>PIN temporal de {name}</source>
        <translation>PIN temporal de {name}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="353"/>
        <source>Dígaselo ahora: no se volverá a mostrar. Al entrar con él, tendrá que elegir un PIN nuevo.</source>
        <translation>Digueu-l&apos;hi ara: no es tornarà a mostrar. Quan entri amb aquest PIN, n&apos;haurà de triar un de nou.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="358"/>
        <source>Ya se lo he dicho</source>
        <translation>Ja l&apos;hi he dit</translation>
    </message>
</context>
<context>
    <name>TillDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="67"/>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="68"/>
        <source>Importar ventas del TPV</source>
        <translation>Importar vendes del TPV</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="71"/>
        <source>Elija el archivo que exporta el TPV. Antes de importar verá qué tickets entran, a qué socio van sus puntos y qué filas se rechazan.</source>
        <translation>Trieu el fitxer que exporta el TPV. Abans d&apos;importar veureu quins tiquets hi entren, a quin soci van els punts i quines files es rebutgen.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="81"/>
        <source>Importan las ventas del TPV la encargada y el personal de caja: puede ver el archivo, pero no importarlo.</source>
        <translation>Les vendes del TPV les importen l&apos;encarregada i el personal de caixa: podeu veure el fitxer, però no importar-lo.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="88"/>
        <source>Elegir archivo…</source>
        <translation>Triar un fitxer…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="90"/>
        <source>Ningún archivo elegido</source>
        <translation>Cap fitxer triat</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="101"/>
        <source>Ticket</source>
        <translation>Tiquet</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="102"/>
        <source>Fecha</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="103"/>
        <source>Caja</source>
        <translation>Caixa</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="104"/>
        <source>Líneas</source>
        <translation>Línies</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="105"/>
        <source>Importe</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="106"/>
        <source>Cliente</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="107"/>
        <source>Puntos</source>
        <translation>Punts</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="108"/>
        <source>Estado</source>
        <translation>Estat</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="112"/>
        <source>Línea</source>
        <translation>Línia</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="112"/>
        <source>Motivo</source>
        <translation>Motiu</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="114"/>
        <source>Tickets</source>
        <translation>Tiquets</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="115"/>
        <source>Filas rechazadas</source>
        <translation>Files rebutjades</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="119"/>
        <source>Cerrar</source>
        <translation>Tancar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="121"/>
        <source>Importar</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="159"/>
        <source>{name} (por tarjeta)</source>
        <translation>{name} (per targeta)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="160"/>
        <source>{name} (por teléfono)</source>
        <translation>{name} (per telèfon)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="161"/>
        <source>Sin socio</source>
        <translation>Sense soci</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="162"/>
        <source>Sin socio: la tarjeta no es de nadie aquí</source>
        <translation>Sense soci: la targeta no és de ningú d&apos;aquí</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="163"/>
        <source>Sin socio: el teléfono no es de nadie aquí</source>
        <translation>Sense soci: el telèfon no és de ningú d&apos;aquí</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="164"/>
        <source>Sin socio: el teléfono es de varios clientes</source>
        <translation>Sense soci: el telèfon és de diversos clients</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="171"/>
        <source>La fecha u hora no es válida</source>
        <translation>La data o l&apos;hora no és vàlida</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="172"/>
        <source>El producto no está en el catálogo</source>
        <translation>El producte no és al catàleg</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="173"/>
        <source>La cantidad no es válida</source>
        <translation>La quantitat no és vàlida</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="174"/>
        <source>El precio no es válido</source>
        <translation>El preu no és vàlid</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="176"/>
        <source>El importe de la línea no cuadra con el precio, la cantidad y el descuento</source>
        <translation>L&apos;import de la línia no quadra amb el preu, la quantitat i el descompte</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="178"/>
        <source>El total del ticket no cuadra con sus líneas</source>
        <translation>El total del tiquet no quadra amb les seves línies</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="179"/>
        <source>La línea está repetida</source>
        <translation>La línia està repetida</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="180"/>
        <source>Falta un dato obligatorio</source>
        <translation>Falta una dada obligatòria</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="181"/>
        <source>La forma de pago no se reconoce</source>
        <translation>No es reconeix la forma de pagament</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="182"/>
        <source>El número de tarjeta no es válido</source>
        <translation>El número de targeta no és vàlid</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="183"/>
        <source>El teléfono no es válido</source>
        <translation>El telèfon no és vàlid</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="185"/>
        <source>Otra línea del mismo ticket tiene un error: el ticket entero queda fuera</source>
        <translation>Una altra línia del mateix tiquet té un error: tot el tiquet queda fora</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="187"/>
        <source>La fila no se puede leer o le faltan columnas</source>
        <translation>La fila no es pot llegir o li falten columnes</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="188"/>
        <source>El archivo está vacío</source>
        <translation>El fitxer és buit</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="189"/>
        <source>Falta una columna en la cabecera del archivo</source>
        <translation>Falta una columna a la capçalera del fitxer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="191"/>
        <source>El archivo no está guardado en la codificación que usa el TPV</source>
        <translation>El fitxer no està desat amb la codificació que fa servir el TPV</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="197"/>
        <source>(vea la línea {line})</source>
        <translation>(vegeu la línia {line})</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="204"/>
        <source>Archivo del TPV</source>
        <translation>Fitxer del TPV</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="206"/>
        <source>Exportación del TPV (*.csv *.txt);;Todos los archivos (*)</source>
        <translation>Exportació del TPV (*.csv *.txt);;Tots els fitxers (*)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="218"/>
        <source>Leyendo el archivo…</source>
        <translation>Llegint el fitxer…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="242"/>
        <source>{rows} filas leídas · {tickets} tickets: {new} por importar, {old} ya importados · De los nuevos, {members} con socio y {nobody} sin socio, {points} puntos · {rejected} filas rechazadas</source>
        <translation>{rows} files llegides · {tickets} tiquets: {new} per importar, {old} ja importats · Dels nous, {members} amb soci i {nobody} sense soci, {points} punts · {rejected} files rebutjades</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="261"/>
        <source>Este mismo archivo ya se importó el {date} a las {time}.</source>
        <translation>Aquest mateix fitxer ja es va importar el {date} a les {time}.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="269"/>
        <source>Tickets ({n})</source>
        <translation>Tiquets ({n})</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="273"/>
        <source>Filas rechazadas ({n})</source>
        <translation>Files rebutjades ({n})</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="291"/>
        <source>Ya importado</source>
        <translation>Ja importat</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="291"/>
        <source>Por importar</source>
        <translation>Per importar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="345"/>
        <source>No se ha importado nada nuevo: los %Ln ticket(s) de este archivo ya estaban importados.</source>
        <translation>
            <numerusform>No s&apos;ha importat res de nou: el tiquet d&apos;aquest fitxer ja estava importat.</numerusform>
            <numerusform>No s&apos;ha importat res de nou: els %Ln tiquets d&apos;aquest fitxer ja estaven importats.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="352"/>
        <source>Importado(s) %Ln ticket(s) ({members} con socio, {nobody} sin socio) con {points}. Se enviarán a la central al sincronizar.</source>
        <translation>
            <numerusform>S&apos;ha importat %Ln tiquet ({members} amb soci, {nobody} sense soci) amb {points}. S&apos;enviarà a la central en sincronitzar.</numerusform>
            <numerusform>S&apos;han importat %Ln tiquets ({members} amb soci, {nobody} sense soci) amb {points}. S&apos;enviaran a la central en sincronitzar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="359"/>
        <source>%Ln punto(s)</source>
        <translation>
            <numerusform>%Ln punt</numerusform>
            <numerusform>%Ln punts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="362"/>
        <source>%Ln ya estaba(n) importado(s).</source>
        <translation>
            <numerusform>%Ln ja estava importat.</numerusform>
            <numerusform>%Ln ja estaven importats.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="365"/>
        <source>%Ln fila(s) rechazada(s): no se ha(n) importado.</source>
        <translation>
            <numerusform>%Ln fila rebutjada: no s&apos;ha importat.</numerusform>
            <numerusform>%Ln files rebutjades: no s&apos;han importat.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="350"/>
        <source>No se ha importado nada: el archivo no tiene tickets válidos.</source>
        <translation>No s&apos;ha importat res: el fitxer no té tiquets vàlids.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="371"/>
        <source>No se puede leer el archivo: {why}</source>
        <translation>No es pot llegir el fitxer: {why}</translation>
    </message>
</context>
</TS>
